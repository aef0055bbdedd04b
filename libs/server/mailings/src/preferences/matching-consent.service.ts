import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository, ConsentsRepository, OrganisationId, Tx } from '@kring/server-database';
import type { DomainError } from '@kring/shared-domain';
import { addMonths, consentLive, MATCHING_PURPOSE, PREFERENCE_CONSENT_MONTHS, PreferenceSources } from './preferences.constants';
import { noPersonRecord } from './preferences.errors';
import { PreferencesRepository } from './preferences.repository';
import { MatchingConsentPreferenceOutput } from './outputs/matching-consent.output';

/**
 * Who changes a person's preferences: the person signed in (`userId` set) or someone holding the signed mailing link
 * (`userId` null, the preference centre without login).
 */
export interface PreferenceActor {
  organisationId: OrganisationId;
  personId: string;
  userId: string | null;
}

export type ConsentRow = Awaited<ReturnType<ConsentsRepository['list']>>[number];

/**
 * A person's own `matching` consent ("be found for vacancies"), apart from the mail topics: on /preferences when
 * signed in, and in the public preference centre behind the signed mailing link (PreferencesService resolves the
 * link, then calls {@link set}). Both paths share {@link choose}: granting lasts 24 months (the preference centre's
 * rule for topics); withdrawing takes effect at once (the match ranking reads the consent through triggers on
 * consents, migration 1764960000000) and also withdraws a pending or expired consent. Only the `matching` row is read
 * or written: the mail topics are never touched here, nor is `matching` by the topic routes.
 * Writing the state the consent already has writes nothing (no event, no audit row), as for topics.
 */
@Injectable()
export class MatchingConsentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly consents: ConsentsRepository,
    private readonly preferences: PreferencesRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  /** The signed-in person's consent; the full shape (status null) when never asked. */
  async mine(auth: PreferenceActor): Promise<MatchingConsentPreferenceOutput> {
    if (!(await this.preferences.person(auth.organisationId, auth.personId))) throw noPersonRecord();
    return this.toOutput(await this.row(auth));
  }

  async setMine(auth: PreferenceActor & { userId: string }, granted: boolean): Promise<MatchingConsentPreferenceOutput> {
    await this.set(auth, granted, noPersonRecord);
    return this.toOutput(await this.row(auth));
  }

  /**
   * Grants or withdraws in one transaction, serialised per person. `gone` is the refusal when the person is erased
   * or missing (signed in: noPersonRecord; by link: mailingLinkInvalid).
   */
  async set(actor: PreferenceActor, granted: boolean, gone: () => DomainError): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      if (!(await this.preferences.person(actor.organisationId, actor.personId, tx))) throw gone();
      // Serialise concurrent saves of the same person, so that the history gets one event per change.
      await tx.query(`SELECT 1 FROM people WHERE organisation_id = $1 AND id = $2 FOR UPDATE`, [actor.organisationId, actor.personId]);
      await this.choose(actor, granted, tx);
    });
  }

  /**
   * The consent as the public preference centre shows it, from the person's `matching` consent row (the caller has read
   * the person's consents already): null when there is none (never asked).
   */
  stateOf(row: ConsentRow | undefined): MatchingConsentPreferenceOutput | null {
    return row ? this.toOutput(row) : null;
  }

  private async choose(actor: PreferenceActor, granted: boolean, tx: Tx): Promise<void> {
    const now = this.clock.now();
    const row = await this.row(actor, tx);
    const by = { at: now, source: PreferenceSources.centre, actorUserId: actor.userId, legalBasis: 'consent' as const };
    let change: 'granted' | 'withdrawn' | null = null;
    if (granted && !consentLive(row, now)) {
      await this.consents.set(actor.organisationId, actor.personId, MATCHING_PURPOSE, { ...by, status: 'granted', expiresAt: addMonths(now, PREFERENCE_CONSENT_MONTHS) }, tx);
      change = 'granted';
    } else if (!granted && row && row.status !== 'withdrawn') {
      // Also withdraws a pending or expired consent, so that the person's "no" is on record.
      await this.consents.set(actor.organisationId, actor.personId, MATCHING_PURPOSE, { ...by, status: 'withdrawn' }, tx);
      change = 'withdrawn';
    }
    if (change) {
      await this.audit.record(
        actor.organisationId,
        {
          actorUserId: actor.userId,
          action: 'mailings.preferences_changed',
          subjectType: 'person',
          subjectId: actor.personId,
          data: { changes: { [MATCHING_PURPOSE]: change }, signedIn: actor.userId !== null },
        },
        tx,
      );
    }
  }

  private async row(actor: PreferenceActor, tx?: Tx): Promise<ConsentRow | undefined> {
    return (await this.consents.list(actor.organisationId, actor.personId, tx)).find((c) => c.purpose === MATCHING_PURPOSE);
  }

  private toOutput(row: ConsentRow | undefined): MatchingConsentPreferenceOutput {
    const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
    return {
      granted: consentLive(row, this.clock.now()),
      status: row?.status ?? null,
      grantedAt: iso(row?.givenAt),
      expiresAt: iso(row?.expiresAt),
      withdrawnAt: iso(row?.withdrawnAt),
      validMonths: PREFERENCE_CONSENT_MONTHS,
    };
  }
}
