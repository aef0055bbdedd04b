import { classifySendError, describeSendError, RETRY_BASE_MS, RETRY_MAX_MS, retryDelayMs } from './delivery-policy';

describe('delivery policy', () => {
  it('treats SMTP 5xx as permanent and everything else as transient', () => {
    expect(classifySendError(Object.assign(new Error('no such user'), { responseCode: 550 }))).toBe('permanent');
    expect(classifySendError(Object.assign(new Error('try later'), { responseCode: 451 }))).toBe('transient');
    expect(classifySendError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ESOCKET' }))).toBe('transient');
    expect(classifySendError(Object.assign(new Error('Greeting never received'), { code: 'ETIMEDOUT' }))).toBe('transient');
    expect(classifySendError('weird')).toBe('transient');
  });

  it('backs off exponentially with bounded jitter', () => {
    expect(retryDelayMs(1, () => 0)).toBe(RETRY_BASE_MS / 2);
    expect(retryDelayMs(1, () => 1)).toBe(RETRY_BASE_MS);
    expect(retryDelayMs(3, () => 1)).toBe(RETRY_BASE_MS * 4);
    expect(retryDelayMs(30, () => 1)).toBe(RETRY_MAX_MS);
  });

  it('describes errors on one line', () => {
    expect(describeSendError(Object.assign(new Error('Mailbox\nunavailable'), { responseCode: 550, code: 'EENVELOPE' }))).toBe(
      '550 EENVELOPE Mailbox unavailable',
    );
  });
});
