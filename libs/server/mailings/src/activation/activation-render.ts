import { compileNewsletter, type CompiledNewsletter, type NewsletterOrganisation, type NewsletterVariantContent } from '../newsletters/newsletter-render';

/**
 * A programme activation mail: HR's text plus the recipient's own share links (from the delivery row's
 * `personal`). Placeholder until the activation work: renders like a newsletter.
 */
export function compileActivation(organisation: NewsletterOrganisation, variant: NewsletterVariantContent): CompiledNewsletter {
  return compileNewsletter(organisation, variant);
}
