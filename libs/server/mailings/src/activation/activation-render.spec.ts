import { compileNewsletter } from '../newsletters/newsletter-render';
import { compileActivation } from './activation-render';

const organisation = { name: 'Zorggroep De Linde', defaultLocale: 'nl' as const };
const variant = { locale: 'nl' as const, subject: 'Hoi {{voornaam}}', preheader: '', bodyMarkdown: 'Tekst voor {{voornaam}}' };
const recipient = (personal: Record<string, unknown> | null, firstName = 'Anna') => ({
  firstName,
  unsubscribeUrl: 'https://kring.test/api/public/mailings/unsubscribe?token=T&topic=programme_mails',
  preferencesUrl: 'https://kring.test/preferences/manage?token=T',
  deliveryId: 'd-1',
  token: 'T',
  personal,
});

describe('compileActivation', () => {
  it('adds the recipient’s own links after HR’s text, escaped, and only http(s) URLs', () => {
    const mail = compileActivation(organisation, variant).personalise(
      recipient({
        programmeName: 'Actie "winter"',
        overviewUrl: 'https://kring.test/vacancies',
        links: [
          { title: 'Verpleegkundige <script>', url: 'https://kring.test/r/ABCDEFGH/email' },
          { title: 'Kwaad', url: 'javascript:alert(1)' },
          { title: 42, url: 'https://kring.test/r/ZZZZZZZZ/email' },
        ],
      }),
    );
    expect(mail.subject).toBe('Hoi Anna');
    expect(mail.html.indexOf('Tekst voor Anna')).toBeLessThan(mail.html.indexOf('Jouw persoonlijke deellinks'));
    expect(mail.html).toContain('<a href="https://kring.test/r/ABCDEFGH/email" style="color:#1d4ed8;">Verpleegkundige &lt;script&gt;</a>');
    expect(mail.html).not.toContain('javascript:');
    expect(mail.html).not.toContain('ZZZZZZZZ'); // a malformed entry is left out
    expect(mail.html).toContain('in het programma Actie &quot;winter&quot;.');
    expect(mail.text).toContain('- Verpleegkundige <script>: https://kring.test/r/ABCDEFGH/email');
    expect(mail.text).toContain('Alle open vacatures bekijken en delen: https://kring.test/vacancies');
    expect(mail.html).toContain('Geen mails meer over verwijsprogramma’s');
  });

  it('never lets a first name or title inject a slot, and renders no links without personal data', () => {
    const compiled = compileActivation(organisation, variant);
    expect(compiled).toMatchObject({ kind: 'activation', topic: 'programme_mails' });
    const mail = compiled.personalise(recipient(null, 'KRING-SLOT-PERSONAL-BLOCK'));
    expect(mail.html).toContain('<title>Hoi KRING-SLOT-PERSONAL-BLOCK</title>');
    expect(mail.html).toContain('Tekst voor KRING-SLOT-PERSONAL-BLOCK');
    expect(mail.html.split('Er staan op dit moment geen open vacatures in dit programma.')).toHaveLength(2);
    expect(mail.html.indexOf('Er staan op dit moment')).toBeGreaterThan(mail.html.indexOf('Tekst voor'));
    // HR's own text containing the slot name does not move the block either.
    const sneaky = compileActivation(organisation, { ...variant, bodyMarkdown: 'KRING-SLOT-PERSONAL-BLOCK eerst' }).personalise(recipient(null));
    expect(sneaky.text.indexOf('KRING-SLOT-PERSONAL-BLOCK eerst')).toBeLessThan(sneaky.text.indexOf('Er staan op dit moment'));
  });

  it('leaves newsletters as they were: no personal block, the newsletter footer', () => {
    const compiled = compileNewsletter(organisation, variant);
    expect(compiled).toMatchObject({ kind: 'newsletter', topic: 'newsletter' });
    const mail = compiled.personalise(recipient({ links: [{ title: 'x', url: 'https://kring.test/r/ABCDEFGH/email' }] }));
    expect(mail.html).not.toContain('deellinks');
    expect(mail.html).toContain('Afmelden voor de nieuwsbrief');
    expect(mail.text).toBe(
      'Zorggroep De Linde\n\nTekst voor Anna\n\n--\nJe ontvangt deze nieuwsbrief omdat je Zorggroep De Linde toestemming gaf je nieuws te sturen.\n' +
        'Afmelden voor de nieuwsbrief: https://kring.test/api/public/mailings/unsubscribe?token=T&topic=programme_mails\nMijn e-mailvoorkeuren: https://kring.test/preferences/manage?token=T\n',
    );
  });
});
