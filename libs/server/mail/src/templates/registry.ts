import type { Locale } from '@kring/shared-domain';
import { ermEventsTemplates } from './erm-events.templates';
import { ermOffboardingTemplates } from './erm-offboarding.templates';
import { ermPoolsTemplates } from './erm-pools.templates';
import { ermPreboardingTemplates } from './erm-preboarding.templates';
import { insightsTemplates } from './insights.templates';
import { invitationTemplate } from './invitation.email';
import { mailingsJobAlertsTemplates } from './mailings-job-alerts.templates';
import { mailingsNewslettersTemplates } from './mailings-newsletters.templates';
import { mailingsPreferencesTemplates } from './mailings-preferences.templates';
import { renderLayout, type RenderedMail } from './layout';
import { magicLinkTemplate } from './magic-link.email';
import { matchInviteTemplate } from './match-invite.email';
import type { MailTemplate } from './mail-content';
import { referralCandidateUpdateTemplate } from './referral-candidate-update.email';
import { referralConsentTemplate } from './referral-consent.email';
import { referralIdleDigestTemplate } from './referral-idle-digest.email';
import { referralReferrerUpdateTemplate } from './referral-referrer-update.email';
import { rewardUpdateTemplate } from './reward-update.email';

/** Every email Kring sends, by name. The name is stored as mail_messages.kind. */
export const mailTemplates = {
  invitation: invitationTemplate,
  magic_link: magicLinkTemplate,
  referral_consent: referralConsentTemplate,
  referral_candidate_update: referralCandidateUpdateTemplate,
  referral_referrer_update: referralReferrerUpdateTemplate,
  referral_idle_digest: referralIdleDigestTemplate,
  reward_update: rewardUpdateTemplate,
  ...ermPoolsTemplates,
  ...ermEventsTemplates,
  ...ermPreboardingTemplates,
  ...ermOffboardingTemplates,
  ...mailingsNewslettersTemplates,
  ...mailingsPreferencesTemplates,
  ...mailingsJobAlertsTemplates,
  ...insightsTemplates,
  match_invite: matchInviteTemplate,
} as const;

export type MailTemplateName = keyof typeof mailTemplates;
export type MailTemplateData<N extends MailTemplateName> =
  (typeof mailTemplates)[N] extends MailTemplate<infer D> ? D : never;

export const MAIL_TEMPLATE_NAMES = Object.keys(mailTemplates) as MailTemplateName[];

/** Renders subject, HTML and text of one template in one locale. */
export function renderMail<N extends MailTemplateName>(template: N, locale: Locale, data: MailTemplateData<N>): RenderedMail {
  const definition = mailTemplates[template] as unknown as MailTemplate<MailTemplateData<N>>;
  return renderLayout(locale, data.organisationName, definition.content[locale](data));
}

/** Renders a template with its own preview data (dev previews, snapshot-free tests). */
export function renderPreview(template: MailTemplateName, locale: Locale): RenderedMail {
  return renderMail(template, locale, mailTemplates[template].preview as never);
}
