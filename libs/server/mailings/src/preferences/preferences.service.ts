import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, Clock, InjectConfig } from '@kring/server-config';
import { AuditRepository, ConsentsRepository, OrganisationId, Tx } from '@kring/server-database';
import { MailingLinks } from '../links/mailing-links.service';
import {
  addMonths,
  isOptOutTopic,
  legalBasisOf,
  MAIL_TOPICS,
  MATCHING_PURPOSE,
  PREFERENCE_CONSENT_MONTHS,
  PreferenceSources,
  topicSubscribed,
  type MailTopic,
  type OptOutTopic,
} from './preferences.constants';
import { type ConsentRow, MatchingConsentService, type PreferenceActor } from './matching-consent.service';
import { mailingLinkInvalid } from './preferences.errors';
import { type PreferencePerson, PreferencesRepository } from './preferences.repository';
import { MailPreferencesOutput, MailTopicOutput, PublicMailPreferencesOutput } from './outputs/preferences.output';

/**
 * The wanted state of each topic: true grants (opt-in topics: for 24 months; opt-out topics: no end), false
 * withdraws. Opt-out topics may be left out: unchanged.
 */
export type TopicChoice = Record<Exclude<MailTopic, OptOutTopic>, boolean> & Partial<Record<OptOutTopic, boolean>>;

/**
 * The preference centre (through a signed mailing link, or signed in for one's own person) and one-click
 * unsubscribe. Topics are the consent purposes newsletter, job_alerts, events (opt-in) and programme_mails
 * (opt-out, legitimate interest; shown to the people it applies to); every change goes through
 * ConsentsRepository.set, so it is a consent_events row. Writing the state a topic already has writes nothing.
 *
 * Behind the link the page also shows the person's `matching` consent ("be found for vacancies"), when they have a
 * row for it, and changes it through its own route ({@link updateMatching}, MatchingConsentService). The rule both
 * ways: the topic routes never read or write `matching` (it is not in MAIL_TOPICS), and the matching route never
 * touches a mail topic. The link is resolved in one place ({@link resolve}) for every public route.
 */
@Injectable()
export class PreferencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig('app') private readonly app: AppConfig,
    private readonly links: MailingLinks,
    private readonly consents: ConsentsRepository,
    private readonly preferences: PreferencesRepository,
    private readonly audit: AuditRepository,
    private readonly matching: MatchingConsentService,
    private readonly clock: Clock,
  ) {}

  async lookup(token: string): Promise<PublicMailPreferencesOutput> {
    const { actor, person } = await this.resolve(token);
    return this.view(actor, person);
  }

  /** The mail topics only (never `matching`). */
  async update(token: string, choice: TopicChoice): Promise<PublicMailPreferencesOutput> {
    const { actor, person } = await this.resolve(token);
    await this.dataSource.transaction((tx) => this.choose(actor, choice, tx));
    return this.view(actor, person);
  }

  /**
   * The `matching` consent only (never a mail topic), with the signed-in route's rules (MatchingConsentService):
   * no actor user, so the audit row says `signedIn: false`. A person erased meanwhile: the link is invalid.
   */
  async updateMatching(token: string, granted: boolean): Promise<PublicMailPreferencesOutput> {
    const { actor, person } = await this.resolve(token);
    await this.matching.set(actor, granted, mailingLinkInvalid);
    return this.view(actor, person);
  }

  async mine(auth: { organisationId: OrganisationId; personId: string }): Promise<MailPreferencesOutput> {
    return this.current({ ...auth, userId: null });
  }

  async setMine(auth: { organisationId: OrganisationId; personId: string; userId: string }, choice: TopicChoice): Promise<MailPreferencesOutput> {
    const actor = { organisationId: auth.organisationId, personId: auth.personId, userId: auth.userId };
    await this.dataSource.transaction((tx) => this.choose(actor, choice, tx));
    return this.current(actor);
  }

  /**
   * RFC 8058 one-click unsubscribe: withdraws the topic at once and, for a newsletter link, marks the delivery
   * unsubscribed. Idempotent: a second POST (mail clients and scanners retry) changes nothing.
   */
  async unsubscribe(token: string, topic: MailTopic): Promise<void> {
    const claims = await this.links.verify(token);
    if (!claims) throw mailingLinkInvalid();
    const now = this.clock.now();
    await this.dataSource.transaction(async (tx) => {
      if (!(await this.preferences.person(claims.organisationId, claims.personId, tx))) throw mailingLinkInvalid();
      // Serialise concurrent clicks of the same person, so the history gets one withdrawal.
      await tx.query(`SELECT 1 FROM people WHERE organisation_id = $1 AND id = $2 FOR UPDATE`, [claims.organisationId, claims.personId]);
      const existing = (await this.consents.list(claims.organisationId, claims.personId, tx)).find((c) => c.purpose === topic);
      if (!existing || existing.status !== 'withdrawn') {
        await this.consents.set(
          claims.organisationId,
          claims.personId,
          topic,
          { status: 'withdrawn', at: now, source: PreferenceSources.oneClick, legalBasis: legalBasisOf(topic) },
          tx,
        );
      }
      if (claims.deliveryId) await this.preferences.markDeliveryUnsubscribed(claims.organisationId, claims.deliveryId, now, tx);
    });
  }

  /** Where a GET of the unsubscribe URL goes: the preference page (a GET never changes anything). */
  preferencePageUrl(token: string): string {
    return `${this.app.publicUrl}/preferences/manage?token=${encodeURIComponent(token)}`;
  }

  /** The public page's answer: whom the link is for, the mail topics and the `matching` consent, from one read of the consents. */
  private async view(actor: PreferenceActor, person: PreferencePerson): Promise<PublicMailPreferencesOutput> {
    const rows = await this.consentRows(actor);
    return {
      firstName: person.firstName,
      organisationName: person.organisationName,
      ...(await this.current(actor, person, rows)),
      matching: this.matching.stateOf(rows.get(MATCHING_PURPOSE)),
    };
  }

  /** The person a signed mailing link acts for; mailingLinkInvalid when the link is unknown, forged or the person gone. */
  private async resolve(token: string): Promise<{ actor: PreferenceActor; person: PreferencePerson }> {
    const claims = await this.links.verify(token);
    const person = claims ? await this.preferences.person(claims.organisationId, claims.personId) : null;
    if (!claims || !person) throw mailingLinkInvalid();
    return { actor: { organisationId: claims.organisationId, personId: claims.personId, userId: null }, person };
  }

  private async consentRows(actor: PreferenceActor): Promise<Map<string, ConsentRow>> {
    return new Map((await this.consents.list(actor.organisationId, actor.personId)).map((c) => [c.purpose, c]));
  }

  private async choose(actor: PreferenceActor, choice: TopicChoice, tx: Tx): Promise<void> {
    const now = this.clock.now();
    await tx.query(`SELECT 1 FROM people WHERE organisation_id = $1 AND id = $2 FOR UPDATE`, [actor.organisationId, actor.personId]);
    const existing = new Map((await this.consents.list(actor.organisationId, actor.personId, tx)).map((c) => [c.purpose, c]));
    const changes: Record<string, string> = {};
    for (const topic of MAIL_TOPICS) {
      const wanted = choice[topic];
      if (wanted === undefined) continue;
      const row = existing.get(topic);
      const subscribed = topicSubscribed(topic, row, now);
      const by = { at: now, source: PreferenceSources.centre, actorUserId: actor.userId, legalBasis: legalBasisOf(topic) };
      const expiresAt = isOptOutTopic(topic) ? null : addMonths(now, PREFERENCE_CONSENT_MONTHS);
      if (wanted && !subscribed) {
        await this.consents.set(actor.organisationId, actor.personId, topic, { ...by, status: 'granted', expiresAt }, tx);
        changes[topic] = 'granted';
      } else if (!wanted && (isOptOutTopic(topic) ? subscribed : row && row.status !== 'withdrawn')) {
        await this.consents.set(actor.organisationId, actor.personId, topic, { ...by, status: 'withdrawn' }, tx);
        changes[topic] = 'withdrawn';
      }
    }
    if (Object.keys(changes).length) {
      await this.audit.record(
        actor.organisationId,
        { actorUserId: actor.userId, action: 'mailings.preferences_changed', subjectType: 'person', subjectId: actor.personId, data: { changes, signedIn: actor.userId !== null } },
        tx,
      );
    }
  }

  /** The mail topics and the suppression state; `person` and `rows` when the caller has read them already. */
  private async current(actor: PreferenceActor, known?: PreferencePerson, knownRows?: Map<string, ConsentRow>): Promise<MailPreferencesOutput> {
    const now = this.clock.now();
    const rows = knownRows ?? (await this.consentRows(actor));
    const person = known ?? (await this.preferences.person(actor.organisationId, actor.personId));
    // Programme mails are shown to referrers they apply to, and to anyone who already chose (so a choice stays visible).
    const showOptOut = rows.has('programme_mails') || (await this.preferences.receivesProgrammeMails(actor.organisationId, actor.personId, now));
    const topics: MailTopicOutput[] = MAIL_TOPICS.filter((topic) => !isOptOutTopic(topic) || showOptOut).map((topic) => {
      const row = rows.get(topic);
      return {
        topic,
        subscribed: topicSubscribed(topic, row, now),
        status: row?.status ?? null,
        expiresAt: row?.expiresAt ? row.expiresAt.toISOString() : null,
      };
    });
    return { topics, suppressed: await this.preferences.isSuppressed(actor.organisationId, person?.email ?? null) };
  }
}
