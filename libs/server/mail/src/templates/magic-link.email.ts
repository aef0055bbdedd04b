import { defineTemplate } from './mail-content';

export interface MagicLinkMailData {
  firstName: string;
  organisationName: string;
  loginUrl: string;
  expiresInMinutes: number;
}

/** A one-time login link for roles without a password. Sensitive: the body is purged after sending. */
export const magicLinkTemplate = defineTemplate<MagicLinkMailData>({
  content: {
    nl: (d) => ({
      subject: `Je inloglink voor Kring van ${d.organisationName}`,
      preheader: `Deze link werkt ${d.expiresInMinutes} minuten en één keer.`,
      greeting: `Hoi ${d.firstName},`,
      paragraphs: [`Gebruik de knop hieronder om in te loggen bij Kring van ${d.organisationName}.`],
      action: { label: 'Inloggen', url: d.loginUrl },
      notes: [
        `De link is ${d.expiresInMinutes} minuten geldig en werkt maar één keer.`,
        'Heb je niet om deze link gevraagd? Dan kun je deze e-mail negeren; er verandert niets.',
      ],
    }),
    en: (d) => ({
      subject: `Your sign-in link for ${d.organisationName}'s Kring`,
      preheader: `This link works once, for ${d.expiresInMinutes} minutes.`,
      greeting: `Hi ${d.firstName},`,
      paragraphs: [`Use the button below to sign in to ${d.organisationName}'s Kring.`],
      action: { label: 'Sign in', url: d.loginUrl },
      notes: [
        `The link is valid for ${d.expiresInMinutes} minutes and works only once.`,
        "Didn't ask for this link? You can ignore this email; nothing changes.",
      ],
    }),
  },
  preview: {
    firstName: 'Sanne',
    organisationName: 'Bakkerij de Vries',
    loginUrl: 'http://localhost:3000/auth/magic-link/preview-token',
    expiresInMinutes: 15,
  },
});
