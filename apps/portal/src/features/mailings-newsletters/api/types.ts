import type { components } from '@kring/api-client';

/** Friendly names for the newsletters API's shapes (generated from the API's OpenAPI document). */
type Schemas = components['schemas'];
export type Newsletter = Schemas['NewsletterOutput'];
export type NewsletterSummary = Schemas['NewsletterSummaryOutput'];
export type NewsletterFigures = Schemas['NewsletterFiguresOutput'];
export type NewsletterPreview = Schemas['NewsletterPreviewOutput'];
export type CreateNewsletterInput = Schemas['CreateNewsletterInput'];
export type UpdateNewsletterInput = Schemas['UpdateNewsletterInput'];
export type NewsletterLocale = Schemas['NewsletterVariantInput']['locale'];
export type NewsletterKind = Schemas['NewsletterKind'];

/** The list's filters (query parameters of listNewsletters). */
export interface NewsletterListFilter {
  kind?: NewsletterKind;
  programmeId?: string;
}
