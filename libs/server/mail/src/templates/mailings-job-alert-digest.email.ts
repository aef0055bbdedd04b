import { defineTemplate } from './mail-content';

export interface JobAlertDigestMailData {
  organisationName: string;
  firstName: string;
  frequency: 'daily' | 'weekly';
  vacancies: Array<{ title: string; location: string | null; url: string }>;
  alertsUrl: string;
  preferencesUrl: string;
  unsubscribeUrl: string;
}

const line = (v: { title: string; location: string | null; url: string }) => `• ${v.title}${v.location ? ` – ${v.location}` : ''}: ${v.url}`;

/** The daily or weekly list of new vacancies that match someone's job alerts (never sent empty). */
export const jobAlertDigestTemplate = defineTemplate<JobAlertDigestMailData>({
  content: {
    nl: (d) => ({
      subject:
        d.vacancies.length === 1
          ? `1 nieuwe vacature bij ${d.organisationName}`
          : `${d.vacancies.length} nieuwe vacatures bij ${d.organisationName}`,
      preheader: d.frequency === 'weekly' ? 'Je wekelijkse vacaturemelding.' : 'Je dagelijkse vacaturemelding.',
      greeting: `Beste ${d.firstName},`,
      paragraphs: [`Deze nieuwe vacatures passen bij je vacaturemeldingen:`, ...d.vacancies.map(line)],
      action: { label: 'Mijn vacaturemeldingen', url: d.alertsUrl },
      links: [
        { label: 'Voorkeuren voor e-mail', url: d.preferencesUrl },
        { label: 'Geen vacaturemeldingen meer ontvangen', url: d.unsubscribeUrl },
      ],
      notes: ['Je krijgt deze e-mail omdat je een vacaturemelding hebt ingesteld.'],
    }),
    en: (d) => ({
      subject:
        d.vacancies.length === 1 ? `1 new vacancy at ${d.organisationName}` : `${d.vacancies.length} new vacancies at ${d.organisationName}`,
      preheader: d.frequency === 'weekly' ? 'Your weekly job alert.' : 'Your daily job alert.',
      greeting: `Dear ${d.firstName},`,
      paragraphs: [`These new vacancies match your job alerts:`, ...d.vacancies.map(line)],
      action: { label: 'My job alerts', url: d.alertsUrl },
      links: [
        { label: 'Email preferences', url: d.preferencesUrl },
        { label: 'Stop all job alerts', url: d.unsubscribeUrl },
      ],
      notes: ['You receive this email because you set up a job alert.'],
    }),
  },
  preview: {
    organisationName: 'Bakkerij de Vries',
    firstName: 'Noor',
    frequency: 'daily',
    vacancies: [
      { title: 'Bakker (32 uur)', location: 'Utrecht', url: 'http://localhost:3000/vacancies/preview-1' },
      { title: 'Verkoper winkel', location: 'Zeist', url: 'http://localhost:3000/vacancies/preview-2' },
    ],
    alertsUrl: 'http://localhost:3000/job-alerts',
    preferencesUrl: 'http://localhost:3000/preferences/manage?token=preview',
    unsubscribeUrl: 'http://localhost:3000/api/public/mailings/unsubscribe?token=preview&topic=job_alerts',
  },
});
