import { formatDateTime } from './format';
import { defineTemplate } from './mail-content';

export interface InvitationMailData {
  firstName: string;
  organisationName: string;
  invitedByName: string;
  acceptUrl: string;
  expiresAt: Date;
}

/** Sent when an HR admin invites someone to the organisation's Kring. */
export const invitationTemplate = defineTemplate<InvitationMailData>({
  content: {
    nl: (d) => ({
      subject: `${d.invitedByName} nodigt je uit voor Kring van ${d.organisationName}`,
      preheader: `Maak je account aan voor ${formatDateTime(d.expiresAt, 'nl')}.`,
      greeting: `Hoi ${d.firstName},`,
      paragraphs: [
        `${d.invitedByName} heeft je uitgenodigd voor Kring, het verwijzingsprogramma van ${d.organisationName}.`,
        'Met Kring draag je mensen uit je netwerk voor en volg je wat er met je voordracht gebeurt.',
      ],
      action: { label: 'Uitnodiging accepteren', url: d.acceptUrl },
      notes: [
        `Deze uitnodiging is geldig tot ${formatDateTime(d.expiresAt, 'nl')}.`,
        'Verwachtte je deze uitnodiging niet? Dan kun je deze e-mail negeren.',
      ],
    }),
    en: (d) => ({
      subject: `${d.invitedByName} invited you to ${d.organisationName}'s Kring`,
      preheader: `Create your account before ${formatDateTime(d.expiresAt, 'en')}.`,
      greeting: `Hi ${d.firstName},`,
      paragraphs: [
        `${d.invitedByName} has invited you to Kring, the referral programme of ${d.organisationName}.`,
        'With Kring you refer people from your network and follow what happens to your referral.',
      ],
      action: { label: 'Accept invitation', url: d.acceptUrl },
      notes: [
        `This invitation is valid until ${formatDateTime(d.expiresAt, 'en')}.`,
        'Not expecting this invitation? You can ignore this email.',
      ],
    }),
  },
  preview: {
    firstName: 'Sanne',
    organisationName: 'Bakkerij de Vries',
    invitedByName: 'Pieter de Vries',
    acceptUrl: 'http://localhost:3000/invitations/preview-token',
    expiresAt: new Date('2026-01-22T09:00:00Z'),
  },
});
