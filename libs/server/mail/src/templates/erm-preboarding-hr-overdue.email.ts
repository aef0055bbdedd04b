import { defineTemplate } from './mail-content';
import { formatCalendarDay } from './erm-preboarding-welcome.email';

export interface ErmPreboardingHrOverdueMailData {
  organisationName: string;
  firstName: string;
  items: Array<{ starterName: string; title: string; dueOn: string }>;
  preboardingUrl: string;
}

/** To each HR admin, at most once a day: HR's own preboarding tasks that are overdue. */
export const ermPreboardingHrOverdueTemplate = defineTemplate<ErmPreboardingHrOverdueMailData>({
  content: {
    nl: (d) => ({
      subject: `${d.items.length} preboardingtaak/-taken van HR over tijd`,
      preheader: 'Nieuwe collega’s wachten op HR.',
      greeting: `Hoi ${d.firstName},`,
      paragraphs: ['Deze HR-taken voor nieuwe collega’s zijn over tijd:', ...d.items.map((i) => `• ${i.starterName}: ${i.title} (uiterlijk ${formatCalendarDay(i.dueOn, 'nl')})`)],
      action: { label: 'Open preboarding', url: d.preboardingUrl },
    }),
    en: (d) => ({
      subject: `${d.items.length} HR preboarding task(s) overdue`,
      preheader: 'New colleagues are waiting for HR.',
      greeting: `Hi ${d.firstName},`,
      paragraphs: ['These HR tasks for new colleagues are overdue:', ...d.items.map((i) => `• ${i.starterName}: ${i.title} (due ${formatCalendarDay(i.dueOn, 'en')})`)],
      action: { label: 'Open preboarding', url: d.preboardingUrl },
    }),
  },
  preview: {
    organisationName: 'Bakkerij de Vries',
    firstName: 'Fleur',
    items: [{ starterName: 'Noah Smit', title: 'Laptop en pas klaarzetten', dueOn: '2026-01-30' }],
    preboardingUrl: 'http://localhost:3000/preboarding',
  },
});
