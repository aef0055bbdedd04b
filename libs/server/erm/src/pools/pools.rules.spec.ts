import { PHASES } from '@kring/shared-domain';
import { addMonths, joinMovesToOrientation, splitName } from './pools.rules';

describe('talent-pool rules', () => {
  it('moves only information and relation to orientation on joining a pool', () => {
    const moved = PHASES.filter(joinMovesToOrientation);
    expect(moved).toEqual(['information', 'relation']);
  });

  it('adds calendar months in UTC', () => {
    expect(addMonths(new Date('2026-03-02T09:00:00Z'), 12).toISOString()).toBe('2027-03-02T09:00:00.000Z');
    expect(addMonths(new Date('2028-02-29T23:30:00Z'), 12).toISOString()).toBe('2029-03-01T23:30:00.000Z');
  });

  it('splits a name at the first space, keeping Dutch prefixes in the last name', () => {
    expect(splitName('  Anna   de Vries ')).toEqual({ firstName: 'Anna', lastName: 'de Vries' });
    expect(splitName('Sam')).toEqual({ firstName: 'Sam', lastName: '' });
  });
});
