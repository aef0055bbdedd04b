import { defineTemplate } from './mail-content';
import { formatCalendarDay } from './erm-preboarding-welcome.email';

export interface ErmPreboardingNudgeMailData {
  organisationName: string;
  firstName: string;
  tasks: Array<{ title: string; dueOn: string }>;
  checklistUrl: string;
}

/** To a starter with overdue tasks: a friendly reminder with the link (at most once per task per three days). */
export const ermPreboardingNudgeTemplate = defineTemplate<ErmPreboardingNudgeMailData>({
  content: {
    nl: (d) => ({
      subject: `Herinnering: ${d.tasks.length === 1 ? 'een taak' : `${d.tasks.length} taken`} op je startlijst bij ${d.organisationName}`,
      preheader: 'Een paar dingen voor je start staan nog open.',
      greeting: `Hoi ${d.firstName},`,
      paragraphs: [
        'Deze taken op je startlijst hadden al af moeten zijn:',
        ...d.tasks.map((t) => `• ${t.title} (uiterlijk ${formatCalendarDay(t.dueOn, 'nl')})`),
        'Heb je ze al gedaan? Vink ze dan even af, dan weten we dat het geregeld is.',
      ],
      action: { label: 'Open je startlijst', url: d.checklistUrl },
    }),
    en: (d) => ({
      subject: `Reminder: ${d.tasks.length === 1 ? 'a task' : `${d.tasks.length} tasks`} on your starter checklist at ${d.organisationName}`,
      preheader: 'A few things before your start are still open.',
      greeting: `Hi ${d.firstName},`,
      paragraphs: [
        'These tasks on your checklist were due already:',
        ...d.tasks.map((t) => `• ${t.title} (due ${formatCalendarDay(t.dueOn, 'en')})`),
        'Done them already? Please tick them off so we know it is taken care of.',
      ],
      action: { label: 'Open your checklist', url: d.checklistUrl },
    }),
  },
  preview: {
    organisationName: 'Bakkerij de Vries',
    firstName: 'Noah',
    tasks: [{ title: 'Upload je identiteitsbewijs', dueOn: '2026-01-19' }],
    checklistUrl: 'http://localhost:3000/preboarding/checklist?token=preview-token',
  },
});
