import { defineTemplate } from './mail-content';

export interface JobAlertInstantMailData {
  organisationName: string;
  firstName: string;
  vacancy: { title: string; location: string | null; url: string };
  /** The signed-in page where the alerts are kept. */
  alertsUrl: string;
  /** The preference centre (no login). */
  preferencesUrl: string;
  /** Stop all job alerts at once (no login). */
  unsubscribeUrl: string;
}

/** One new vacancy that matches an instant job alert. */
export const jobAlertInstantTemplate = defineTemplate<JobAlertInstantMailData>({
  content: {
    nl: (d) => ({
      subject: `Nieuwe vacature: ${d.vacancy.title}`,
      preheader: `Er is een vacature bij ${d.organisationName} die past bij je vacaturemelding.`,
      greeting: `Beste ${d.firstName},`,
      paragraphs: [
        `Er is net een vacature gepubliceerd die past bij je vacaturemelding:`,
        `${d.vacancy.title}${d.vacancy.location ? ` – ${d.vacancy.location}` : ''}`,
      ],
      action: { label: 'Bekijk de vacature', url: d.vacancy.url },
      links: [
        { label: 'Mijn vacaturemeldingen aanpassen', url: d.alertsUrl },
        { label: 'Voorkeuren voor e-mail', url: d.preferencesUrl },
        { label: 'Geen vacaturemeldingen meer ontvangen', url: d.unsubscribeUrl },
      ],
      notes: ['Je krijgt deze e-mail omdat je een vacaturemelding hebt ingesteld.'],
    }),
    en: (d) => ({
      subject: `New vacancy: ${d.vacancy.title}`,
      preheader: `${d.organisationName} has a vacancy that matches your job alert.`,
      greeting: `Dear ${d.firstName},`,
      paragraphs: [
        `A vacancy that matches your job alert has just been published:`,
        `${d.vacancy.title}${d.vacancy.location ? ` – ${d.vacancy.location}` : ''}`,
      ],
      action: { label: 'View the vacancy', url: d.vacancy.url },
      links: [
        { label: 'Change my job alerts', url: d.alertsUrl },
        { label: 'Email preferences', url: d.preferencesUrl },
        { label: 'Stop all job alerts', url: d.unsubscribeUrl },
      ],
      notes: ['You receive this email because you set up a job alert.'],
    }),
  },
  preview: {
    organisationName: 'Bakkerij de Vries',
    firstName: 'Noor',
    vacancy: { title: 'Bakker (32 uur)', location: 'Utrecht', url: 'http://localhost:3000/vacancies/preview' },
    alertsUrl: 'http://localhost:3000/job-alerts',
    preferencesUrl: 'http://localhost:3000/preferences/manage?token=preview',
    unsubscribeUrl: 'http://localhost:3000/api/public/mailings/unsubscribe?token=preview&topic=job_alerts',
  },
});
