import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, Clock, InjectConfig } from '@kring/server-config';
import { AuditRepository, ConsentsRepository, OrganisationId, PersonTokensRepository, Tx } from '@kring/server-database';
import { Outbox } from '@kring/server-mail';
import { DomainError, ErrorCodes, normaliseEmail } from '@kring/shared-domain';
import { TalentPoolSignupInput, TalentPoolTokenInput } from './inputs/signup.input';
import { ConsentLifecycleRepository } from './consent-lifecycle.repository';
import { TalentPoolConfirmOutput, TalentPoolFormOutput, TalentPoolLeaveOutput, TalentPoolRenewOutput, TalentPoolSignupOutput } from './outputs/public.output';
import { PoolMembershipService } from './pool-membership.service';
import { formUnknown, linkExpired, linkInvalid } from './pools.errors';
import { addDays, addMonths, CONSENT_MONTHS, isExtraPurpose, LEAVE_PURPOSE, OPT_IN_DAYS, OPT_IN_PURPOSE, RENEWAL_PURPOSE, splitName, type SignupJobAlert } from './pools.rules';
import { SignupsRepository, type TokenRow } from './signups.repository';
import { TalentPoolsRepository } from './talent-pools.repository';

const KEPT = ['name', 'email', 'interests', 'skills', 'location', 'language'];

/**
 * The public side of talent pools: the "keep me posted" form with double opt-in, and the renewal link.
 * The form answers the same whether or not the address is known, and changes nothing about an existing
 * person until the owner of the address confirms (the submitted values wait in talent_pool_signups).
 */
@Injectable()
export class PublicSignupService {
  private readonly logger = new Logger(PublicSignupService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly signups: SignupsRepository,
    private readonly pools: TalentPoolsRepository,
    private readonly membership: PoolMembershipService,
    private readonly consents: ConsentsRepository,
    private readonly tokens: PersonTokensRepository,
    private readonly lifecycle: ConsentLifecycleRepository,
    private readonly audit: AuditRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    @InjectConfig('app') private readonly app: AppConfig,
  ) {}

  async form(slug: string): Promise<TalentPoolFormOutput> {
    const org = await this.signups.organisationBySlug(slug);
    if (!org) throw formUnknown();
    return {
      organisationName: org.name,
      defaultLocale: org.defaultLocale,
      pools: await this.pools.publicPools(org.id),
      privacy: { retentionMonths: CONSENT_MONTHS, confirmDays: OPT_IN_DAYS, kept: KEPT },
    };
  }

  async signup(slug: string, input: TalentPoolSignupInput): Promise<TalentPoolSignupOutput> {
    if (input.website) {
      this.logger.warn({ message: 'talent-pool sign-up dropped by honeypot', slug });
      return { status: 'received' };
    }
    const org = await this.signups.organisationBySlug(slug);
    if (!org) throw formUnknown();
    const offered = await this.pools.publicPools(org.id);
    const chosen = offered.filter((pool) => input.interests?.includes(pool.id));
    if (chosen.length !== new Set(input.interests ?? []).size) {
      throw new DomainError('validation', ErrorCodes.validationFailed, 'Choose pools from this form', [{ field: 'interests', message: 'must be pools from this form' }]);
    }
    const now = this.clock.now();
    const locale = input.locale ?? org.defaultLocale;
    const { firstName, lastName } = splitName(input.name);
    const email = normaliseEmail(input.email);
    const expiresAt = addDays(now, OPT_IN_DAYS);
    const extraPurposes = [...new Set(input.alsoConsentTo ?? [])];
    if (input.jobAlert && !extraPurposes.includes('job_alerts')) {
      throw new DomainError('validation', ErrorCodes.validationFailed, 'Job alerts need their own consent', [
        { field: 'alsoConsentTo', message: 'must include job_alerts to receive job alerts' },
      ]);
    }
    const jobAlert: SignupJobAlert | null = input.jobAlert
      ? {
          keywords: input.jobAlert.keywords ?? '',
          functions: input.jobAlert.functions ?? [],
          locations: input.jobAlert.locations ?? [],
          employmentTypes: [...new Set(input.jobAlert.employmentTypes ?? [])],
          frequency: input.jobAlert.frequency,
        }
      : null;
    await this.dataSource.transaction(async (tx) => {
      const person = await this.signups.findOrCreatePerson(tx, org.id, { email, firstName, lastName, locale });
      // A pending consent only for a person this sign-up creates: an existing person's consents (and their
      // history) stay as they are until the owner of the address confirms.
      if (person.created) {
        await this.consents.set(org.id, person.id, 'talent_pool', { status: 'pending', at: now, source: 'talent_pool_form' }, tx);
        // Job alerts are asked for with their own consent, pending until the same confirmation.
        if (jobAlert) await this.consents.set(org.id, person.id, 'job_alerts', { status: 'pending', at: now, source: 'talent_pool_form' }, tx);
      }
      const signup = await this.signups.insert(
        tx,
        org.id,
        {
          personId: person.id,
          personCreated: person.created,
          firstName,
          lastName,
          locale,
          location: input.location ?? null,
          skills: input.skills ?? [],
          poolIds: chosen.map((pool) => pool.id),
          extraPurposes,
          jobAlert,
          expiresAt,
        },
        now,
      );
      const { token } = await this.tokens.issue(org.id, { personId: person.id, purpose: OPT_IN_PURPOSE, subjectId: signup.id, expiresAt }, tx);
      await this.outbox.enqueue(tx, org.id, {
        to: email,
        // Not linked to an existing person: its `mail_sent` touchpoint would put the anonymous form on their timeline.
        personId: signup.personCreated ? person.id : null,
        locale,
        template: 'talent_pool_opt_in',
        sensitive: true,
        data: { organisationName: org.name, firstName, pools: chosen.map((pool) => pool.name), confirmUrl: `${this.app.publicUrl}/talent-pool/confirm?token=${token}`, expiresAt },
      });
    });
    return { status: 'received' };
  }

  /** Confirms a sign-up: consent for 12 months, the typed profile applied, the chosen pools joined. A second click is answered, not refused. */
  async confirm(input: TalentPoolTokenInput): Promise<TalentPoolConfirmOutput> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      const token = await this.lockedToken(tx, input.token, OPT_IN_PURPOSE);
      const org = token.organisationId;
      const organisationName = await this.signups.organisationName(org, tx);
      if (token.usedAt) return { status: 'already_confirmed', organisationName, keptUntil: await this.keptUntil(tx, org, token.personId, now) };
      if (token.expiresAt <= now) throw linkExpired();
      const signup = token.subjectId ? await this.signups.findForUpdate(tx, org, token.subjectId) : null;
      if (!signup) throw linkInvalid();
      await this.tokens.consume(token.id, now, tx);
      const pools = (await this.pools.publicPools(org, tx)).filter((pool) => signup.poolIds.includes(pool.id));
      await this.signups.applyProfile(tx, org, signup, pools.map((pool) => pool.name), now);
      const keptUntil = addMonths(now, CONSENT_MONTHS);
      await this.consents.set(org, signup.personId, 'talent_pool', { status: 'granted', at: now, source: 'talent_pool_form', expiresAt: keptUntil }, tx);
      // The optional consents ticked on the form last as long as the talent-pool consent and are renewed with it,
      // so the 12 months promised on the form hold for them too. One HR recorded without an end (or ending later) stays.
      const current = await this.consents.list(org, signup.personId, tx);
      for (const purpose of signup.extraPurposes) {
        const known = current.find((c) => c.purpose === purpose);
        if (known?.status === 'granted' && (!known.expiresAt || known.expiresAt >= keptUntil)) continue;
        await this.consents.set(org, signup.personId, purpose, { status: 'granted', at: now, source: 'talent_pool_form', expiresAt: keptUntil }, tx);
      }
      // The job alert asked for on the form, now that its consent is confirmed (skipped at the limit of five).
      if (signup.jobAlert && signup.extraPurposes.includes('job_alerts')) {
        await this.signups.createJobAlert(tx, org, signup.personId, signup.jobAlert, now);
      }
      const ctx = { source: 'talent_pool_form' as const, at: now };
      if (pools.length) await this.membership.join(tx, org, pools.map((pool) => pool.id), [signup.personId], ctx);
      else await this.membership.joinGeneral(tx, org, signup.personId, ctx);
      await this.signups.delete(tx, org, signup.id);
      const contact = await this.signups.contact(tx, org, signup.personId);
      if (contact?.email) {
        const leave = await this.tokens.issue(org, { personId: signup.personId, purpose: LEAVE_PURPOSE, expiresAt: keptUntil }, tx);
        await this.outbox.enqueue(tx, org, {
          to: contact.email,
          personId: signup.personId,
          locale: contact.locale,
          template: 'talent_pool_welcome',
          sensitive: true,
          data: {
            organisationName,
            firstName: contact.firstName,
            pools: pools.map((pool) => pool.name),
            keptUntil,
            leaveUrl: `${this.app.publicUrl}/talent-pool/leave?token=${leave.token}`,
          },
        });
      }
      return { status: 'confirmed', organisationName, keptUntil: keptUntil.toISOString() };
    });
  }

  /** Renews talent-pool consent for 12 months from now, while it is still granted, and with it the optional consents from the form. */
  async renew(input: TalentPoolTokenInput): Promise<TalentPoolRenewOutput> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      const token = await this.lockedToken(tx, input.token, RENEWAL_PURPOSE);
      const org = token.organisationId;
      const organisationName = await this.signups.organisationName(org, tx);
      if (token.usedAt) return { status: 'already_renewed', organisationName, keptUntil: await this.keptUntil(tx, org, token.personId, now) };
      if (token.expiresAt <= now || !(await this.consents.has(org, token.personId, 'talent_pool', now, tx))) throw linkExpired();
      await this.tokens.consume(token.id, now, tx);
      const keptUntil = addMonths(now, CONSENT_MONTHS);
      await this.consents.set(org, token.personId, 'talent_pool', { status: 'granted', at: now, source: 'renewal', expiresAt: keptUntil }, tx);
      for (const extra of await this.consents.list(org, token.personId, tx)) {
        if (!isExtraPurpose(extra.purpose) || extra.status !== 'granted' || !extra.expiresAt || extra.expiresAt <= now || extra.expiresAt >= keptUntil) continue;
        await this.consents.set(org, token.personId, extra.purpose, { status: 'granted', at: now, source: 'renewal', expiresAt: keptUntil }, tx);
      }
      await this.signups.extendTokens(tx, org, token.personId, LEAVE_PURPOSE, keptUntil);
      return { status: 'renewed', organisationName, keptUntil: keptUntil.toISOString() };
    });
  }

  /**
   * Leaves the talent pool: consent withdrawn, and the contact erased by the same rule as at expiry
   * (deleted when the talent pool was the only reason to keep them, else out of every pool).
   */
  async leave(input: TalentPoolTokenInput): Promise<TalentPoolLeaveOutput> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      const token = await this.lockedToken(tx, input.token, LEAVE_PURPOSE);
      const org = token.organisationId;
      const organisationName = await this.signups.organisationName(org, tx);
      if (token.usedAt) return { status: 'already_left', organisationName };
      if (token.expiresAt <= now) throw linkExpired();
      await this.tokens.consume(token.id, now, tx);
      await this.consents.set(org, token.personId, 'talent_pool', { status: 'withdrawn', at: now, source: 'talent_pool_leave' }, tx);
      await this.signups.deleteTokens(tx, org, token.personId, RENEWAL_PURPOSE);
      const erased = await this.lifecycle.eraseIfNoOtherReason(tx, org, token.personId, now);
      const left = erased ? 0 : await this.lifecycle.leaveAllPools(tx, org, token.personId);
      await this.audit.record(
        org,
        { actorUserId: null, action: erased ? 'talent_pool.contact_erased' : 'talent_pool.consent_withdrawn', subjectType: 'person', subjectId: token.personId, data: { poolsLeft: left, reason: 'left' } },
        tx,
      );
      return { status: 'left', organisationName };
    });
  }

  /**
   * The link's token, locked, after its person: the lock order of every talent-pool change (person, then
   * token, sign-up, consents; see SignupsRepository.lockPerson). Locking the token first, as before, could
   * deadlock with the hourly job at the expiry boundary: the link held the token and waited for the sign-up or
   * consent, while the job held those and waited to delete the token. Gone meanwhile (the job lapsed the
   * sign-up or erased the contact): expired when it had expired, else invalid.
   */
  private async lockedToken(tx: Tx, secret: string, purpose: string): Promise<TokenRow> {
    const seen = await this.signups.findToken(tx, secret, purpose);
    if (!seen) throw linkInvalid();
    const gone = () => (seen.expiresAt <= this.clock.now() ? linkExpired() : linkInvalid());
    if (!(await this.signups.lockPerson(tx, seen.organisationId, seen.personId))) throw gone();
    const token = await this.signups.findToken(tx, secret, purpose, { forUpdate: true });
    if (!token) throw gone();
    return token;
  }

  private async keptUntil(tx: Tx, organisationId: OrganisationId, personId: string, now: Date): Promise<string | null> {
    const consent = (await this.consents.list(organisationId, personId, tx)).find((c) => c.purpose === 'talent_pool');
    return consent?.status === 'granted' && consent.expiresAt && consent.expiresAt > now ? consent.expiresAt.toISOString() : null;
  }
}
