import { defineTemplate } from './mail-content';

export interface ReferralIdleDigestMailData {
  organisationName: string;
  firstName: string;
  idleDays: number;
  items: Array<{ candidateName: string; vacancyTitle: string | null; stageName: string; daysIdle: number }>;
  pipelineUrl: string;
}

/** Daily note to HR about referrals nobody has moved for a while, so no candidate waits in silence. */
export const referralIdleDigestTemplate = defineTemplate<ReferralIdleDigestMailData>({
  content: {
    nl: (d) => ({
      subject: `${d.items.length} aandraging(en) wachten al meer dan ${d.idleDays} dagen`,
      preheader: 'Laat kandidaten niet wachten.',
      greeting: `Hoi ${d.firstName},`,
      paragraphs: [
        `Deze aandragingen staan al meer dan ${d.idleDays} dagen stil:`,
        ...d.items.map((i) => `• ${i.candidateName}${i.vacancyTitle ? ` – ${i.vacancyTitle}` : ''}: ${i.stageName}, ${i.daysIdle} dagen`),
      ],
      action: { label: 'Open de pijplijn', url: d.pipelineUrl },
    }),
    en: (d) => ({
      subject: `${d.items.length} referral(s) waiting for more than ${d.idleDays} days`,
      preheader: "Don't keep candidates waiting.",
      greeting: `Hi ${d.firstName},`,
      paragraphs: [
        `These referrals have not moved for more than ${d.idleDays} days:`,
        ...d.items.map((i) => `• ${i.candidateName}${i.vacancyTitle ? ` – ${i.vacancyTitle}` : ''}: ${i.stageName}, ${i.daysIdle} days`),
      ],
      action: { label: 'Open the pipeline', url: d.pipelineUrl },
    }),
  },
  preview: {
    organisationName: 'Bakkerij de Vries',
    firstName: 'Hanna',
    idleDays: 5,
    items: [{ candidateName: 'Sam Jansen', vacancyTitle: 'Verpleegkundige', stageName: 'Screening', daysIdle: 7 }],
    pipelineUrl: 'http://localhost:3000/referrals',
  },
});
