import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository, ConsentsRepository, OrganisationId, Tx } from '@kring/server-database';
import { addMonths, consentLive, MATCHING_PURPOSE, PREFERENCE_CONSENT_MONTHS, PreferenceSources } from './preferences.constants';
import { noPersonRecord } from './preferences.errors';
import { PreferencesRepository } from './preferences.repository';
import { MatchingConsentPreferenceOutput } from './outputs/matching-consent.output';

interface SignedIn {
  organisationId: OrganisationId;
  personId: string;
  userId: string;
}

/**
 * The signed-in person's own `matching` consent ("be found for vacancies"), shown on /preferences apart from the
 * mail topics. Granting lasts 24 months (the preference centre's rule for topics); withdrawing takes effect at once
 * (the match ranking reads the consent through triggers on consents, migration 1764960000000). Only the `matching`
 * row is read or written: the mail topics are never touched here, nor is `matching` by the topic routes.
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

  async mine(auth: SignedIn): Promise<MatchingConsentPreferenceOutput> {
    if (!(await this.preferences.person(auth.organisationId, auth.personId))) throw noPersonRecord();
    return this.current(auth);
  }

  async setMine(auth: SignedIn, granted: boolean): Promise<MatchingConsentPreferenceOutput> {
    await this.dataSource.transaction(async (tx) => {
      if (!(await this.preferences.person(auth.organisationId, auth.personId, tx))) throw noPersonRecord();
      // Serialise concurrent saves of the same person, so that the history gets one event per change.
      await tx.query(`SELECT 1 FROM people WHERE organisation_id = $1 AND id = $2 FOR UPDATE`, [auth.organisationId, auth.personId]);
      await this.choose(auth, granted, tx);
    });
    return this.current(auth);
  }

  private async choose(auth: SignedIn, granted: boolean, tx: Tx): Promise<void> {
    const now = this.clock.now();
    const row = await this.row(auth, tx);
    const by = { at: now, source: PreferenceSources.centre, actorUserId: auth.userId, legalBasis: 'consent' as const };
    let change: 'granted' | 'withdrawn' | null = null;
    if (granted && !consentLive(row, now)) {
      await this.consents.set(auth.organisationId, auth.personId, MATCHING_PURPOSE, { ...by, status: 'granted', expiresAt: addMonths(now, PREFERENCE_CONSENT_MONTHS) }, tx);
      change = 'granted';
    } else if (!granted && row && row.status !== 'withdrawn') {
      // Also withdraws a pending or expired consent, so that the person's "no" is on record.
      await this.consents.set(auth.organisationId, auth.personId, MATCHING_PURPOSE, { ...by, status: 'withdrawn' }, tx);
      change = 'withdrawn';
    }
    if (change) {
      await this.audit.record(
        auth.organisationId,
        { actorUserId: auth.userId, action: 'mailings.preferences_changed', subjectType: 'person', subjectId: auth.personId, data: { changes: { [MATCHING_PURPOSE]: change }, signedIn: true } },
        tx,
      );
    }
  }

  private async row(auth: SignedIn, tx?: Tx) {
    return (await this.consents.list(auth.organisationId, auth.personId, tx)).find((c) => c.purpose === MATCHING_PURPOSE);
  }

  private async current(auth: SignedIn): Promise<MatchingConsentPreferenceOutput> {
    const row = await this.row(auth);
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
