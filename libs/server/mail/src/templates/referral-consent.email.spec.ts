import { renderMail } from './registry';

const base = {
  organisationName: 'Zorggroep De Linde',
  candidateName: 'Noor Bakker',
  referrerName: 'Sanne de Vries',
  vacancyTitle: 'Verpleegkundige <Wijkzorg>',
  dataHeld: ['je naam', 'je e-mailadres'],
  consentUrl: 'https://kring.example/candidate/consent?token=c',
  declineUrl: 'https://kring.example/candidate/decline?token=d',
  respondBefore: new Date('2026-02-01T12:00:00Z'),
  reminder: 0,
};

describe('referral_consent mail', () => {
  it('keeps the colleague wording for an ordinary referral', () => {
    const nl = renderMail('referral_consent', 'nl', base);
    expect(nl.subject).toBe('Sanne de Vries heeft je aangedragen bij Zorggroep De Linde');
    expect(nl.text).toContain('hoort alleen of je hebt ingestemd');
    expect(nl.text).not.toContain('Search & Match');
  });

  it('says for a Search & Match referral that HR found the person, where, and why (at most 8 skills, the note escaped)', () => {
    const skills = ['zorg verlenen', 'hygiëne', 'empathie', 's4', 's5', 's6', 's7', 's8', 'de negende'];
    const nl = renderMail('referral_consent', 'nl', { ...base, match: { skills, note: 'Bel me <gerust>.\n\nTot snel!' } });
    expect(nl.subject).toBe('Sanne de Vries van Zorggroep De Linde wil je voordragen voor Verpleegkundige <Wijkzorg>');
    expect(nl.text).toContain('Sanne de Vries (HR) van Zorggroep De Linde heeft je gevonden met Search & Match');
    expect(nl.text).toContain('Waarom jij: je profiel past bij deze vacature op zorg verlenen, hygiëne, empathie, s4, s5, s6, s7 en s8.');
    expect(nl.text).not.toContain('de negende');
    expect(nl.text).toContain('Sanne de Vries schrijft: Bel me <gerust>.');
    expect(nl.html).toContain('Bel me &lt;gerust&gt;.');
    expect(nl.text).toContain('Tot snel!');
    expect(nl.text).toContain('https://kring.example/candidate/consent?token=c');
    expect(nl.text).toContain('https://kring.example/candidate/decline?token=d');
    expect(nl.text).not.toContain('hoort alleen of je hebt ingestemd');

    const en = renderMail('referral_consent', 'en', { ...base, reminder: 1, vacancyTitle: null, match: { skills: ['nursing'], note: null } });
    expect(en.subject).toBe('Reminder: Sanne de Vries of Zorggroep De Linde would like to put you forward');
    expect(en.text).toContain('Why you: your profile matches this vacancy on nursing.');
    expect(en.text).not.toContain('writes:');
    const none = renderMail('referral_consent', 'en', { ...base, match: { skills: [], note: null } });
    expect(none.text).toContain('Why you: your profile matches what this vacancy asks for.');
  });
});
