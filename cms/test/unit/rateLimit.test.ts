import { expect, it } from 'vitest';
import { clientAddress, slidingWindowLimiter } from '../../src/collections/Enquiries/rateLimit.ts';

it('allows the limit within the window, then says how long to wait until the oldest attempt expires', () => {
  const limiter = slidingWindowLimiter({ max: 2, windowSeconds: 60 });
  expect(limiter.take('a', 0)).toBeNull();
  expect(limiter.take('a', 10_000)).toBeNull();
  expect(limiter.take('a', 20_000)).toBe(40);
  expect(limiter.take('b', 20_000)).toBeNull();
  expect(limiter.take('a', 60_001)).toBeNull(); // the first attempt has left the window
});

it('takes the last X-Forwarded-For entry as the client address', () => {
  const headers = (init: Record<string, string>) => ({ headers: new Headers(init) });
  expect(clientAddress(headers({ 'x-forwarded-for': '10.0.0.1, 203.0.113.9' }))).toBe('203.0.113.9');
  expect(clientAddress(headers({ 'x-real-ip': '198.51.100.1' }))).toBe('198.51.100.1');
  expect(clientAddress(headers({}))).toBe('unknown');
});
