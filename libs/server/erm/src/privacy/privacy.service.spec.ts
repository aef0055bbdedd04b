import type { DataSource } from 'typeorm';
import type { Clock } from '@kring/server-config';
import { asOrganisationId, type AuditRepository } from '@kring/server-database';
import type { AuthContext } from '@kring/server-identity';
import type { StorageDriver } from '@kring/server-storage';
import { DomainError } from '@kring/shared-domain';
import { PrivacyErrorCodes } from './privacy.errors';
import type { PersonSubject, PrivacyRepository } from './privacy.repository';
import { erasureSubjectHash, PrivacyService } from './privacy.service';

const org = asOrganisationId('00000000-0000-4000-8000-000000000001');
const actor = { userId: 'hr-user', personId: 'hr-person', organisationId: org, roles: ['hr_admin'] } as AuthContext;
const now = new Date('2027-01-15T10:00:00Z');

const subject = (overrides: Partial<PersonSubject> = {}): PersonSubject => ({
  id: 'person-1',
  organisationId: org,
  organisationName: 'Zorggroep De Linde',
  firstName: 'Sanne',
  lastName: 'de Vries',
  email: 'sanne@example.test',
  phase: 'relation',
  employeeNumber: null,
  erasedAt: null,
  privateEmails: [],
  userId: null,
  userEmail: null,
  roles: null,
  userStatus: null,
  ...overrides,
});

function setup(s: PersonSubject | null, options: { referenced?: boolean; erased?: boolean; storageFails?: boolean } = {}) {
  const events: string[] = [];
  const repo = {
    subject: jest.fn(async () => (s && options.erased ? { ...s, erasedAt: now } : s)),
    referralsAbout: jest.fn(async () => [{ id: 'ref-1', cvFileId: 'file-1' }]),
    anonymiseReferrals: jest.fn(async () => undefined),
    deleteFiles: jest.fn(async () => ['org/key-1']),
    eraseMails: jest.fn(async () => 2),
    scrubImports: jest.fn(async () => undefined),
    eraseRateLimits: jest.fn(async () => undefined),
    scrubAudit: jest.fn(async () => undefined),
    accountIsReferenced: jest.fn(async () => options.referenced ?? false),
    tombstone: jest.fn(async () => void events.push('tombstone')),
    deletePerson: jest.fn(async () => void events.push('delete')),
  };
  const audit = { record: jest.fn(async () => undefined) };
  const storage = {
    delete: jest.fn(async () => {
      events.push('bytes');
      if (options.storageFails) throw new Error('disk gone');
    }),
  };
  const dataSource = {
    transaction: async (fn: (tx: unknown) => Promise<unknown>) => {
      const result = await fn({});
      events.push('commit');
      return result;
    },
  };
  const clock = { now: () => now };
  const service = new PrivacyService(
    dataSource as unknown as DataSource,
    repo as unknown as PrivacyRepository,
    audit as unknown as AuditRepository,
    storage as unknown as StorageDriver,
    clock as Clock,
  );
  return { service, repo, audit, storage, events };
}

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'resolved', (e: unknown) => (e instanceof DomainError ? e.code : String(e)));

describe('PrivacyService.erase', () => {
  it('refuses current employees and active HR admins, and changes nothing', async () => {
    for (const [s, code] of [
      [subject({ phase: 'employment' }), PrivacyErrorCodes.erasureCurrentEmployee],
      [subject({ phase: 'entry' }), PrivacyErrorCodes.erasureCurrentEmployee],
      [subject({ phase: 'exit', userId: 'u', roles: ['hr_admin'], userStatus: 'active' }), PrivacyErrorCodes.erasureHrAdmin],
      [subject({ phase: 'exit', userId: 'u', roles: ['employee', 'hr_admin'], userStatus: 'invited' }), PrivacyErrorCodes.erasureHrAdmin],
    ] as const) {
      const { service, repo } = setup(s);
      expect(await codeOf(service.erase(actor, s.id, 'other'))).toBe(code);
      expect(repo.deletePerson).not.toHaveBeenCalled();
      expect(repo.anonymiseReferrals).not.toHaveBeenCalled();
    }
  });

  it('answers not_found for unknown ids and for erasure tombstones, and changes nothing', async () => {
    expect(await codeOf(setup(null).service.erase(actor, 'x', 'other'))).toBe('not_found');
    const { service, repo } = setup(subject({ phase: 'exit', userId: 'u', roles: ['external_referrer'], userStatus: 'deactivated' }), { erased: true });
    expect(await codeOf(service.erase(actor, 'person-1', 'other'))).toBe('not_found');
    expect(repo.tombstone).not.toHaveBeenCalled();
    expect(repo.anonymiseReferrals).not.toHaveBeenCalled();
  });

  it('deletes the person, removes the CV bytes after commit and logs the erasure without personal data', async () => {
    const { service, audit, events } = setup(subject({ phase: 'exit', userId: 'u', roles: ['hr_admin'], userStatus: 'deactivated', userEmail: 'sanne@example.test' }));
    const result = await service.erase(actor, 'person-1', 'data_subject_request');
    expect(result).toEqual({ outcome: 'deleted', erasedAt: now, referralsAnonymised: 1, filesDeleted: 1, mailsDeleted: 2 });
    expect(events).toEqual(['delete', 'commit', 'bytes']);
    const [, entry] = (audit.record.mock.calls as unknown as Array<[unknown, { data: Record<string, unknown>; subjectId: unknown }]>)[0];
    expect(entry.subjectId).toBeNull();
    expect(entry.data).toMatchObject({ reason: 'data_subject_request', outcome: 'deleted', subjectHash: erasureSubjectHash(org, 'person-1') });
    expect(JSON.stringify(entry)).not.toMatch(/person-1|sanne/i);
  });

  it('looks for the person under every address they are known by (private ones from offboarding too) and their full name', async () => {
    const s = subject({ phase: 'exit', employeeNumber: 'E-4711', privateEmails: ['sanne.prive@example.test'], userId: 'u', userEmail: 'sanne@example.test', roles: ['alumnus'], userStatus: 'active' });
    const { service, repo } = setup(s);
    await service.erase(actor, 'person-1', 'other');
    const addresses = ['sanne@example.test', 'sanne.prive@example.test'];
    expect(repo.referralsAbout).toHaveBeenCalledWith(org, 'person-1', addresses, {});
    expect(repo.eraseMails).toHaveBeenCalledWith(org, 'person-1', addresses, ['Sanne de Vries'], {});
    expect(repo.scrubImports).toHaveBeenCalledWith(org, 'person-1', addresses, 'E-4711', {});
    expect(repo.scrubAudit).toHaveBeenCalledWith(org, ['person-1', 'u'], [...addresses, 'Sanne de Vries'], {});
  });

  it('keeps a tombstone when payroll or referral records point at the account, and survives a failing disk', async () => {
    const { service, events } = setup(subject({ userId: 'u', roles: ['external_referrer'], userStatus: 'active' }), { referenced: true, storageFails: true });
    await expect(service.erase(actor, 'person-1', 'consent_withdrawn')).resolves.toMatchObject({ outcome: 'tombstone' });
    expect(events).toEqual(['tombstone', 'commit', 'bytes']);
  });
});
