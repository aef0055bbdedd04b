import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository, OrganisationId, Tx } from '@kring/server-database';
import type { AuthContext } from '@kring/server-identity';
import { StorageDriver } from '@kring/server-storage';
import { notFound } from '@kring/shared-domain';
import { EXPORT_SECTIONS, PersonExportDocument } from './person-export';
import { ErasureReason, PERSON_EXPORT_FORMAT, PERSON_EXPORT_VERSION, PRIVACY_AUDIT } from './privacy.constants';
import { erasureOfCurrentEmployee, erasureOfHrAdmin } from './privacy.errors';
import { addressesOf, fullNameOf, PersonSubject, PrivacyRepository } from './privacy.repository';

export interface PersonExportFile {
  fileName: string;
  document: PersonExportDocument;
}

export interface ErasureResult {
  /** `deleted`: no row of the person is left; `tombstone`: an empty person and account row stay for payroll records. */
  outcome: 'deleted' | 'tombstone';
  erasedAt: Date;
  referralsAnonymised: number;
  filesDeleted: number;
  mailsDeleted: number;
}

/** One-way hash that proves an erasure without keeping the id: sha256 of "organisation:person". */
export const erasureSubjectHash = (organisationId: string, personId: string) =>
  createHash('sha256').update(`${organisationId}:${personId}`).digest('hex');

/** Export and erasure of one person's data (see docs/developer/erm-privacy.md for the inventory and the rules). */
@Injectable()
export class PrivacyService {
  private readonly logger = new Logger('privacy');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly privacy: PrivacyRepository,
    private readonly audit: AuditRepository,
    private readonly storage: StorageDriver,
    private readonly clock: Clock,
  ) {}

  /** HR exports a person of their organisation. */
  exportPerson(actor: AuthContext, personId: string): Promise<PersonExportFile> {
    return this.export(actor, personId, false);
  }

  /** A signed-in user exports their own data. */
  exportOwn(actor: AuthContext): Promise<PersonExportFile> {
    return this.export(actor, actor.personId, true);
  }

  private async export(actor: AuthContext, personId: string, self: boolean): Promise<PersonExportFile> {
    const org = actor.organisationId;
    const now = this.clock.now();
    const document = await this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const subject = await this.visibleSubject(org, personId, tx);
      const rows = await this.privacy.exportRows(org, subject, tx, self ? 'self' : 'hr');
      await this.audit.record(org, { actorUserId: actor.userId, action: PRIVACY_AUDIT.exported, subjectType: 'person', subjectId: subject.id, data: { self } }, tx);
      return this.document(subject, rows, now);
    });
    return { fileName: `kring-export-${personId}-${now.toISOString().slice(0, 10)}.json`, document };
  }

  private document(subject: PersonSubject, rows: Record<string, Array<Record<string, unknown>>>, now: Date): PersonExportDocument {
    const [person] = rows['person'];
    const account = rows['account']?.[0] ?? null;
    const sections = Object.fromEntries(EXPORT_SECTIONS.map((key) => [key, rows[key] ?? []])) as Pick<PersonExportDocument, (typeof EXPORT_SECTIONS)[number]>;
    return {
      format: PERSON_EXPORT_FORMAT,
      version: PERSON_EXPORT_VERSION,
      exportedAt: now.toISOString(),
      organisation: { id: subject.organisationId, name: subject.organisationName },
      person,
      account,
      ...sections,
    };
  }

  /**
   * Erases the person in one transaction; CV bytes are removed after commit (if that fails, orphan cleanup does it).
   * Refused for current employees and active HR admins; 404 for unknown, other organisations' and already erased ids.
   */
  async erase(actor: AuthContext, personId: string, reason: ErasureReason): Promise<ErasureResult> {
    const org = actor.organisationId;
    const now = this.clock.now();
    const { result, storageKeys } = await this.dataSource.transaction(async (tx) => {
      const subject = await this.visibleSubject(org, personId, tx, true);
      if (subject.roles?.includes('hr_admin') && subject.userStatus !== 'deactivated') throw erasureOfHrAdmin();
      if (subject.phase === 'entry' || subject.phase === 'employment') throw erasureOfCurrentEmployee();
      return this.eraseSubject(actor, subject, reason, now, tx);
    });
    await this.removeBytes(org, storageKeys);
    return result;
  }

  private async eraseSubject(actor: AuthContext, s: PersonSubject, reason: ErasureReason, now: Date, tx: Tx) {
    const org = s.organisationId;
    const emails = addressesOf(s);
    const names = fullNameOf(s);
    const referrals = await this.privacy.referralsAbout(org, s.id, emails, tx);
    await this.privacy.anonymiseReferrals(org, referrals.map((r) => r.id), now, tx);
    const storageKeys = await this.privacy.deleteFiles(org, referrals.flatMap((r) => (r.cvFileId ? [r.cvFileId] : [])), tx);
    const mailsDeleted = await this.privacy.eraseMails(org, s.id, emails, names, tx);
    await this.privacy.scrubImports(org, s.id, emails, s.employeeNumber, tx);
    await this.privacy.eraseRateLimits(emails, tx);
    await this.privacy.scrubAudit(org, [s.id, ...(s.userId ? [s.userId] : [])], [...emails, ...names], tx);
    const keepAccount = s.userId !== null && (await this.privacy.accountIsReferenced(org, s.userId, tx));
    if (keepAccount && s.userId) await this.privacy.tombstone(org, s.id, s.userId, now, tx);
    else await this.privacy.deletePerson(org, s.id, tx);
    const result: ErasureResult = {
      outcome: keepAccount ? 'tombstone' : 'deleted',
      erasedAt: now,
      referralsAnonymised: referrals.length,
      filesDeleted: storageKeys.length,
      mailsDeleted,
    };
    // The erasure log: no personal data, only the one-way hash, the reason category and counts.
    await this.audit.record(
      org,
      {
        actorUserId: actor.userId,
        action: PRIVACY_AUDIT.erased,
        subjectType: 'person_erasure',
        subjectId: null,
        data: { subjectHash: erasureSubjectHash(org, s.id), reason, outcome: result.outcome, referralsAnonymised: result.referralsAnonymised, filesDeleted: result.filesDeleted, mailsDeleted },
      },
      tx,
    );
    return { result, storageKeys };
  }

  private async removeBytes(organisationId: OrganisationId, storageKeys: string[]): Promise<void> {
    for (const key of storageKeys) {
      await this.storage.delete(key).catch((error: unknown) =>
        this.logger.warn({ msg: 'erased file bytes left for orphan cleanup', organisationId, error: String(error) }),
      );
    }
  }

  /** The person, unless unknown, of another organisation, or an erasure tombstone (`people.erased_at` set). */
  private async visibleSubject(org: OrganisationId, personId: string, tx: Tx, lock = false): Promise<PersonSubject> {
    const subject = await this.privacy.subject(org, personId, tx, lock);
    if (!subject || subject.erasedAt) throw notFound('Person');
    return subject;
  }
}
