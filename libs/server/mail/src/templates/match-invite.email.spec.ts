import { matchInviteMessageParagraphs } from './match-invite.email';
import { renderMail } from './registry';

const data = {
  organisationName: 'Zorggroep De Linde',
  firstName: 'Noor',
  vacancy: { title: 'Verpleegkundige <Wijkzorg>', url: 'https://kring.example/vacancies/1' },
  message: null as string | null,
  senderName: 'Sanne de Vries',
  preferencesUrl: 'https://kring.example/preferences/manage?token=abc',
};

describe('match_invite mail', () => {
  it('turns the personal line into paragraphs without control characters, capped at 1000 characters', () => {
    expect(matchInviteMessageParagraphs(null)).toEqual([]);
    expect(matchInviteMessageParagraphs('   ')).toEqual([]);
    expect(matchInviteMessageParagraphs(' Eén\u0007 regel\r\nnog  meer\r\n\r\n\n Tweede ')).toEqual(['Eén regel nog meer', 'Tweede']);
    expect(matchInviteMessageParagraphs('x'.repeat(1500)).join('')).toHaveLength(1000);
  });

  it('writes Dutch and English with the escaped title, the message, the vacancy link and the preference centre', () => {
    const nl = renderMail('match_invite', 'nl', { ...data, message: 'Bel me <gerust>.' });
    expect(nl.subject).toBe('Uitnodiging om te solliciteren: Verpleegkundige <Wijkzorg>');
    expect(nl.html).toContain('Verpleegkundige &lt;Wijkzorg&gt;');
    expect(nl.html).toContain('Bel me &lt;gerust&gt;.');
    expect(nl.text).toContain('https://kring.example/vacancies/1');
    expect(nl.text).toContain('https://kring.example/preferences/manage?token=abc');
    const en = renderMail('match_invite', 'en', data);
    expect(en.subject).toBe('Invitation to apply: Verpleegkundige <Wijkzorg>');
    expect(en.text).toContain('Dear Noor,');
    expect(en.text).not.toContain('Bel me');
  });
});
