import { LOCALES } from '@kring/shared-domain';
import { MAIL_TEMPLATE_NAMES, renderMail, renderPreview } from './registry';

const invitation = {
  firstName: 'Sanne',
  organisationName: 'Bakkerij de Vries',
  invitedByName: 'Pieter',
  acceptUrl: 'https://kring.example/invitations/abc?x=1&y=2',
  expiresAt: new Date('2026-01-22T23:30:00Z'), // 23 January 00:30 in Amsterdam
};

describe('mail templates', () => {
  it('renders the invitation in Dutch with an Amsterdam-time expiry', () => {
    const mail = renderMail('invitation', 'nl', invitation);
    expect(mail.subject).toBe('Pieter nodigt je uit voor Kring van Bakkerij de Vries');
    expect(mail.html).toContain('<html lang="nl">');
    expect(mail.html).toContain('Hoi Sanne,');
    expect(mail.html).toContain('href="https://kring.example/invitations/abc?x=1&amp;y=2"');
    expect(mail.text).toContain('Deze uitnodiging is geldig tot 23 januari 2026 om 00:30.');
    expect(mail.text).toContain('Uitnodiging accepteren:\nhttps://kring.example/invitations/abc?x=1&y=2');
    expect(mail.text).toContain('Deze e-mail is verstuurd door Kring namens Bakkerij de Vries.');
  });

  it('renders the invitation in English', () => {
    const mail = renderMail('invitation', 'en', invitation);
    expect(mail.subject).toBe("Pieter invited you to Bakkerij de Vries's Kring");
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.text).toContain('Hi Sanne,');
    expect(mail.text).toContain('This invitation is valid until 23 January 2026 at 00:30.');
  });

  it('renders the magic link in both locales', () => {
    const data = { firstName: 'Ali', organisationName: 'Acme', loginUrl: 'https://kring.example/l/t0k', expiresInMinutes: 15 };
    const nl = renderMail('magic_link', 'nl', data);
    const en = renderMail('magic_link', 'en', data);
    expect(nl.subject).toBe('Je inloglink voor Kring van Acme');
    expect(nl.text).toContain('De link is 15 minuten geldig');
    expect(en.subject).toBe("Your sign-in link for Acme's Kring");
    expect(en.html).toContain('href="https://kring.example/l/t0k"');
  });

  it('escapes names in the HTML part and keeps them literal in the text part', () => {
    const evil = '<script>alert("x")</script>';
    const mail = renderMail('invitation', 'en', { ...invitation, firstName: evil, organisationName: `O'Neil & ${evil}` });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('Hi &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;,');
    expect(mail.html).toContain('O&#39;Neil &amp; &lt;script&gt;');
    expect(mail.text).toContain(`Hi ${evil},`);
  });

  it('refuses non-http links', () => {
    expect(() => renderMail('magic_link', 'en', { firstName: 'A', organisationName: 'B', loginUrl: 'javascript:alert(1)', expiresInMinutes: 5 })).toThrow(
      /javascript:/,
    );
  });

  it('renders extra links as clickable links in HTML and as label + URL in text (event invitation: maybe, .ics)', () => {
    const mail = renderPreview('erm_event_invitation', 'nl');
    expect(mail.html).toContain('href="http://localhost:3000/events/rsvp?token=preview&amp;answer=maybe"');
    expect(mail.html).toMatch(/<a href="[^"]*\/api\/events\/rsvp\/ics\?token=preview"[^>]*>Zet het in je agenda \(\.ics\)<\/a>/);
    expect(mail.text).toContain('Misschien:\nhttp://localhost:3000/events/rsvp?token=preview&answer=maybe');
  });

  it('keeps subjects on one line', () => {
    const mail = renderMail('invitation', 'nl', { ...invitation, invitedByName: 'Eve\r\nBcc: victim@example.com' });
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it.each(MAIL_TEMPLATE_NAMES.flatMap((name) => LOCALES.map((locale) => [name, locale] as const)))(
    'renders %s in %s from its preview data',
    (name, locale) => {
      const mail = renderPreview(name, locale);
      expect(mail.subject.length).toBeGreaterThan(5);
      expect(mail.html).toContain('Bakkerij de Vries');
      expect(mail.text).toContain('Bakkerij de Vries');
      expect(mail.html).not.toMatch(/undefined|NaN|Invalid Date/);
      expect(mail.text).not.toMatch(/undefined|NaN|Invalid Date/);
    },
  );
});
