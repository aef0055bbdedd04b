import type { Locale } from '@kring/shared-domain';

/**
 * What a template says, as plain text. The layout turns it into HTML (escaping every value) and into
 * the text part, so the two parts never drift apart and a template cannot forget to escape.
 */
export interface MailContent {
  subject: string;
  /** Hidden preview line shown by mail clients next to the subject. */
  preheader: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** A second, quieter choice shown as a plain link under the button (e.g. "decline"). */
  secondaryAction?: { label: string; url: string };
  /** Further quiet links under the secondary one (e.g. "maybe", "add to calendar"). */
  links?: Array<{ label: string; url: string }>;
  /** Small print below the button (expiry, "ignore this if…"). */
  notes?: string[];
}

/** Every template's data names the organisation: it is shown in the header and footer. */
export interface MailTemplateDataBase {
  organisationName: string;
}

/** A typed email template: one content function per locale, plus data for previews and tests. */
export interface MailTemplate<D extends MailTemplateDataBase> {
  content: Record<Locale, (data: D) => MailContent>;
  preview: D;
}

export const defineTemplate = <D extends MailTemplateDataBase>(template: MailTemplate<D>): MailTemplate<D> => template;
