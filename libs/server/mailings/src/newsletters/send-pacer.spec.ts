import { SendPacer } from './newsletter-engine.service';

describe('SendPacer (the engine-side MAIL_RATE_PER_SECOND)', () => {
  it('starts with a burst of at most the window, then refills at the rate', () => {
    let now = 0;
    const pacer = new SendPacer(20, 10, () => now);
    expect(pacer.capacity).toBe(10);
    expect(pacer.available()).toBe(10);
    pacer.take(10);
    expect(pacer.available()).toBe(0);
    expect(pacer.msUntil(5)).toBe(250); // 5 tokens at 20 a second
    now = 100;
    expect(pacer.available()).toBe(2);
    now = 10_000;
    expect(pacer.available()).toBe(10); // never more than the burst saved up
  });

  it('never saves up more than one second of a slow rate', () => {
    let now = 0;
    const pacer = new SendPacer(2, 10, () => now);
    expect(pacer.capacity).toBe(2);
    pacer.take(2);
    expect(pacer.msUntil(1)).toBe(500);
    now = 499;
    expect(pacer.available()).toBe(0);
    now = 500;
    expect(pacer.available()).toBe(1);
  });
});
