import { DomainError } from '@kring/shared-domain';
import { problemFromDomainError } from './problem';

describe('problem documents', () => {
  it('keep extra members of a domain error, but never let them override the standard ones', () => {
    const error = new DomainError('conflict', 'newsletter_not_sendable', 'Already sent', [], { status: 'sent', code: 'x', existingId: 'n-1' });
    const body = problemFromDomainError(error, 'req-1');
    expect(body).toMatchObject({ status: 409, code: 'newsletter_not_sendable', requestId: 'req-1', existingId: 'n-1' });
  });
});
