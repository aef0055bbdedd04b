import { formatDateTime } from './format';
import { defineTemplate } from './mail-content';

export interface TalentPoolWelcomeMailData {
  organisationName: string;
  firstName: string;
  pools: string[];
  /** Until when the consent runs (a reminder comes 30 days before). */
  keptUntil: Date;
  /** Leave the talent pool at once (consent withdrawn, details erased). */
  leaveUrl: string;
}

/** A short "you are in" after the double opt-in was confirmed. */
export const talentPoolWelcomeTemplate = defineTemplate<TalentPoolWelcomeMailData>({
  content: {
    nl: (d) => ({
      subject: `Je zit in de talentpool van ${d.organisationName}`,
      preheader: 'Je aanmelding is bevestigd.',
      greeting: `Beste ${d.firstName},`,
      paragraphs: [
        d.pools.length ? `Je aanmelding is bevestigd. Je zit nu in: ${d.pools.join(', ')}.` : 'Je aanmelding is bevestigd.',
        `We bewaren je gegevens tot ${formatDateTime(d.keptUntil, 'nl')}. Een maand daarvoor vragen we of je wilt blijven.`,
      ],
      secondaryAction: { label: 'Uit de talentpool stappen en mijn gegevens wissen', url: d.leaveUrl },
    }),
    en: (d) => ({
      subject: `You are in the ${d.organisationName} talent pool`,
      preheader: 'Your sign-up is confirmed.',
      greeting: `Dear ${d.firstName},`,
      paragraphs: [
        d.pools.length ? `Your sign-up is confirmed. You are now in: ${d.pools.join(', ')}.` : 'Your sign-up is confirmed.',
        `We keep your details until ${formatDateTime(d.keptUntil, 'en')}. A month before, we will ask whether you would like to stay.`,
      ],
      secondaryAction: { label: 'Leave the talent pool and erase my details', url: d.leaveUrl },
    }),
  },
  preview: {
    organisationName: 'Bakkerij de Vries',
    firstName: 'Noor',
    pools: ['Zorgprofessionals', 'Studenten & stagiairs'],
    keptUntil: new Date('2027-01-15T12:00:00Z'),
    leaveUrl: 'http://localhost:3000/talent-pool/leave?token=preview',
  },
});
