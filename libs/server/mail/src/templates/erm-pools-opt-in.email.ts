import { formatDateTime } from './format';
import { defineTemplate } from './mail-content';

export interface TalentPoolOptInMailData {
  organisationName: string;
  firstName: string;
  /** Names of the pools they chose (may be empty: "keep me posted" in general). */
  pools: string[];
  confirmUrl: string;
  /** The link stops working then, and the sign-up is erased. */
  expiresAt: Date;
}

/**
 * Double opt-in for the talent pool: nothing is kept for longer than the link lives unless the person
 * confirms. Sensitive: the link is a credential, so the body is purged after sending.
 */
export const talentPoolOptInTemplate = defineTemplate<TalentPoolOptInMailData>({
  content: {
    nl: (d) => ({
      subject: `Bevestig je aanmelding voor de talentpool van ${d.organisationName}`,
      preheader: 'Eén klik en we houden je op de hoogte.',
      greeting: `Beste ${d.firstName},`,
      paragraphs: [
        d.pools.length
          ? `Je hebt je aangemeld voor de talentpool van ${d.organisationName} (${d.pools.join(', ')}).`
          : `Je hebt je aangemeld voor de talentpool van ${d.organisationName}.`,
        'Bevestig je aanmelding met de knop hieronder. Daarna bewaren we je gegevens 12 maanden, zodat we je kunnen benaderen als er iets past. Je kunt je altijd weer afmelden.',
      ],
      action: { label: 'Ja, bevestig mijn aanmelding', url: d.confirmUrl },
      notes: [
        `Deze link werkt tot ${formatDateTime(d.expiresAt, 'nl')}. Bevestig je niet, dan wissen we je aanmelding.`,
        'Heb jij je niet aangemeld? Dan hoef je niets te doen.',
      ],
    }),
    en: (d) => ({
      subject: `Confirm joining the ${d.organisationName} talent pool`,
      preheader: 'One click and we will keep you posted.',
      greeting: `Dear ${d.firstName},`,
      paragraphs: [
        d.pools.length
          ? `You signed up for the ${d.organisationName} talent pool (${d.pools.join(', ')}).`
          : `You signed up for the ${d.organisationName} talent pool.`,
        'Please confirm with the button below. We then keep your details for 12 months, so we can contact you when something suits you. You can leave at any time.',
      ],
      action: { label: 'Yes, confirm my sign-up', url: d.confirmUrl },
      notes: [
        `This link works until ${formatDateTime(d.expiresAt, 'en')}. If you do not confirm, your sign-up is erased.`,
        'Did not sign up? Then there is nothing you need to do.',
      ],
    }),
  },
  preview: {
    organisationName: 'Bakkerij de Vries',
    firstName: 'Noor',
    pools: ['Zorgprofessionals'],
    confirmUrl: 'http://localhost:3000/talent-pool/confirm?token=preview',
    expiresAt: new Date('2026-02-01T12:00:00Z'),
  },
});
