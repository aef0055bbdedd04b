import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { asOrganisationId, AuditRepository, ConsentsRepository, OrganisationId, PersonTokensRepository, Tx } from '@kring/server-database';
import { addMonths, STAY_IN_TOUCH_CONSENT_MONTHS, STAY_IN_TOUCH_PURPOSES, STAY_IN_TOUCH_TOKEN, type StayInTouchPurpose } from './offboarding.constants';
import { stayInTouchTokenInvalid } from './offboarding.errors';
import { OffboardingRepository } from './offboarding.repository';
import { AlumnusConsentsOutput, StayInTouchConsentOutput, StayInTouchOutput } from './outputs/stay-in-touch.output';

/**
 * Stay-in-touch consents of a leaver: through the link in the leaving mail (no login; the link works until
 * it expires, so the choice can be changed) or, signed in as an alumnus, from the alumni home. A ticked
 * purpose is granted for 24 months (source `offboarding`, or `alumni_home`); an unticked one is withdrawn
 * if it was ever given, and left alone otherwise.
 */
@Injectable()
export class StayInTouchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: PersonTokensRepository,
    private readonly consents: ConsentsRepository,
    private readonly offboardings: OffboardingRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async get(token: string): Promise<StayInTouchOutput> {
    const { organisationId, personId } = await this.resolve(token);
    const leaver = (await this.offboardings.leaver(organisationId, personId))!;
    return {
      firstName: leaver.firstName,
      organisationName: leaver.organisationName,
      canSignIn: leaver.roles?.includes('alumnus') ?? false,
      consents: await this.current(organisationId, personId),
    };
  }

  async submit(token: string, purposes: StayInTouchPurpose[]): Promise<StayInTouchOutput> {
    const { organisationId, personId } = await this.resolve(token);
    await this.dataSource.transaction((tx) => this.choose(organisationId, personId, purposes, { source: 'offboarding', actorUserId: null }, tx));
    return this.get(token);
  }

  async mine(actor: { organisationId: OrganisationId; personId: string }): Promise<AlumnusConsentsOutput> {
    return { consents: await this.current(actor.organisationId, actor.personId) };
  }

  async setMine(actor: { organisationId: OrganisationId; personId: string; userId: string }, purposes: StayInTouchPurpose[]): Promise<AlumnusConsentsOutput> {
    await this.dataSource.transaction((tx) => this.choose(actor.organisationId, actor.personId, purposes, { source: 'alumni_home', actorUserId: actor.userId }, tx));
    return this.mine(actor);
  }

  private async resolve(token: string): Promise<{ organisationId: OrganisationId; personId: string }> {
    const row = await this.tokens.findValid(token, STAY_IN_TOUCH_TOKEN, this.clock.now());
    if (!row) throw stayInTouchTokenInvalid();
    return { organisationId: asOrganisationId(row.organisationId), personId: row.personId };
  }

  private async choose(
    organisationId: OrganisationId,
    personId: string,
    chosen: StayInTouchPurpose[],
    by: { source: string; actorUserId: string | null },
    tx: Tx,
  ): Promise<void> {
    const now = this.clock.now();
    const existing = new Map((await this.consents.list(organisationId, personId, tx)).map((c) => [c.purpose, c]));
    const changes: Record<string, string> = {};
    for (const purpose of STAY_IN_TOUCH_PURPOSES) {
      const current = existing.get(purpose);
      if (chosen.includes(purpose)) {
        await this.consents.set(organisationId, personId, purpose, { status: 'granted', at: now, source: by.source, actorUserId: by.actorUserId, expiresAt: addMonths(now, STAY_IN_TOUCH_CONSENT_MONTHS) }, tx);
        changes[purpose] = 'granted';
      } else if (current && current.status !== 'withdrawn') {
        await this.consents.set(organisationId, personId, purpose, { status: 'withdrawn', at: now, source: by.source, actorUserId: by.actorUserId }, tx);
        changes[purpose] = 'withdrawn';
      }
    }
    await this.audit.record(organisationId, { actorUserId: by.actorUserId, action: 'offboarding.stay_in_touch_chosen', subjectType: 'person', subjectId: personId, data: { source: by.source, changes } }, tx);
  }

  private async current(organisationId: OrganisationId, personId: string): Promise<StayInTouchConsentOutput[]> {
    const now = this.clock.now();
    const rows = new Map((await this.consents.list(organisationId, personId)).map((c) => [c.purpose, c]));
    return STAY_IN_TOUCH_PURPOSES.map((purpose) => {
      const row = rows.get(purpose);
      const granted = !!row && row.status === 'granted' && (!row.expiresAt || row.expiresAt > now);
      return { purpose, granted, status: row?.status ?? null, expiresAt: row?.expiresAt ? row.expiresAt.toISOString() : null };
    });
  }
}
