import { defineTemplate } from './mail-content';

export interface StayInTouchMailData {
  firstName: string;
  organisationName: string;
  /** The public page where the leaver ticks newsletter, job alerts and events. */
  stayInTouchUrl: string;
  /** The portal's sign-in page (magic link as an alumnus); null for leavers without an account. */
  signInUrl: string | null;
  expiresInDays: number;
}

/** Sent on the leaving date: thanks, and asks consent per purpose to stay in touch as an alumnus. */
export const stayInTouchTemplate = defineTemplate<StayInTouchMailData>({
  content: {
    nl: (d) => ({
      subject: `Blijf in contact met ${d.organisationName}`,
      preheader: 'Kies zelf waarover we je op de hoogte houden.',
      greeting: `Hoi ${d.firstName},`,
      paragraphs: [
        `Je dienstverband bij ${d.organisationName} is afgelopen. Bedankt voor alles wat je hebt gedaan!`,
        'We houden graag contact. Kies zelf of je onze nieuwsbrief, vacaturealerts en uitnodigingen voor evenementen wilt ontvangen. Je kunt dit altijd weer aanpassen.',
        ...(d.signInUrl ? [`Als oud-medewerker kun je ook inloggen met een inloglink per e-mail: ${d.signInUrl}`] : []),
      ],
      action: { label: 'Kies waarover je wilt horen', url: d.stayInTouchUrl },
      notes: [`Deze link is ${d.expiresInDays} dagen geldig. Doe je niets, dan sturen we je geen nieuwsbrieven of alerts.`],
    }),
    en: (d) => ({
      subject: `Stay in touch with ${d.organisationName}`,
      preheader: 'Choose what we keep you posted about.',
      greeting: `Hi ${d.firstName},`,
      paragraphs: [
        `Your time at ${d.organisationName} has come to an end. Thank you for everything you did!`,
        "We'd love to stay in touch. Choose whether you want our newsletter, job alerts and event invitations. You can change this at any time.",
        ...(d.signInUrl ? [`As an alumnus you can also sign in with a link sent by email: ${d.signInUrl}`] : []),
      ],
      action: { label: 'Choose what to hear about', url: d.stayInTouchUrl },
      notes: [`This link is valid for ${d.expiresInDays} days. If you do nothing, we will not send you newsletters or alerts.`],
    }),
  },
  preview: {
    firstName: 'Ingrid',
    organisationName: 'Bakkerij de Vries',
    stayInTouchUrl: 'http://localhost:3000/stay-in-touch?token=preview-token',
    signInUrl: 'http://localhost:3000/login',
    expiresInDays: 60,
  },
});
