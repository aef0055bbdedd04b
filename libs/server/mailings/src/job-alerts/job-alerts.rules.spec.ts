import { normaliseTerms } from './inputs/job-alert.input';
import { jobAlertConsentExpiry } from './job-alerts.rules';

describe('job-alert rules', () => {
  it('normalises terms: trimmed, single spaces, lower-case, no empties or duplicates; leaves non-lists for validation', () => {
    expect(normaliseTerms(['  Wondzorg ', 'wondzorg', 'Palliatieve   Zorg', '', '  '])).toEqual(['wondzorg', 'palliatieve zorg']);
    expect(normaliseTerms('wondzorg')).toBe('wondzorg');
    expect(normaliseTerms(['ok', 3])).toEqual(['ok', 3]);
  });

  it('grants consent for 24 months from saving', () => {
    expect(jobAlertConsentExpiry(new Date('2027-03-10T09:00:00Z'))).toEqual(new Date('2029-03-10T09:00:00Z'));
  });
});
