import { formatDateTime } from './format';
import { defineTemplate } from './mail-content';

export interface TalentPoolRenewalMailData {
  organisationName: string;
  firstName: string;
  renewUrl: string;
  /** When the consent (and the link) expires; the contact is erased then. */
  expiresAt: Date;
  /** Leave the talent pool at once instead of waiting for the expiry. */
  leaveUrl: string;
}

/** Sent once, 30 days before talent-pool consent expires. Sensitive: the link is a credential. */
export const talentPoolRenewalTemplate = defineTemplate<TalentPoolRenewalMailData>({
  content: {
    nl: (d) => ({
      subject: `Wil je in de talentpool van ${d.organisationName} blijven?`,
      preheader: `Je toestemming loopt af op ${formatDateTime(d.expiresAt, 'nl')}.`,
      greeting: `Beste ${d.firstName},`,
      paragraphs: [
        `Bijna een jaar geleden meldde je je aan voor de talentpool van ${d.organisationName}. Je toestemming loopt af op ${formatDateTime(d.expiresAt, 'nl')}.`,
        'Wil je dat we je op de hoogte blijven houden? Verleng dan met de knop hieronder met 12 maanden.',
      ],
      action: { label: 'Ja, verleng met 12 maanden', url: d.renewUrl },
      secondaryAction: { label: 'Nee, wis mijn gegevens nu', url: d.leaveUrl },
      notes: ['Doe je niets, dan wissen we je gegevens uit de talentpool op die datum.'],
    }),
    en: (d) => ({
      subject: `Would you like to stay in the ${d.organisationName} talent pool?`,
      preheader: `Your consent expires on ${formatDateTime(d.expiresAt, 'en')}.`,
      greeting: `Dear ${d.firstName},`,
      paragraphs: [
        `Almost a year ago you joined the ${d.organisationName} talent pool. Your consent expires on ${formatDateTime(d.expiresAt, 'en')}.`,
        'Would you like us to keep you posted? Then renew for 12 months with the button below.',
      ],
      action: { label: 'Yes, renew for 12 months', url: d.renewUrl },
      secondaryAction: { label: 'No, erase my details now', url: d.leaveUrl },
      notes: ['If you do nothing, your details are erased from the talent pool on that date.'],
    }),
  },
  preview: {
    organisationName: 'Bakkerij de Vries',
    firstName: 'Noor',
    renewUrl: 'http://localhost:3000/talent-pool/renew?token=preview',
    leaveUrl: 'http://localhost:3000/talent-pool/leave?token=preview',
    expiresAt: new Date('2026-03-01T12:00:00Z'),
  },
});
