import { expect, it } from 'vitest';
import { clientAddress, slidingWindowEstimate } from '../../src/collections/RateLimitWindows/limiter.ts';

const window = { windowMs: 60_000, max: 2 };

it('allows the limit within a window, then says how long until the window ends', () => {
  expect(slidingWindowEstimate({ ...window, previous: 0, current: 1, elapsedMs: 0 })).toBeNull();
  expect(slidingWindowEstimate({ ...window, previous: 0, current: 2, elapsedMs: 10_000 })).toBeNull();
  expect(slidingWindowEstimate({ ...window, previous: 0, current: 3, elapsedMs: 20_000 })).toBe(40);
});

it('counts the previous window for the part that still overlaps, so a burst across the boundary is still limited', () => {
  // Two attempts just before the boundary and one just after: three in a few seconds.
  expect(slidingWindowEstimate({ ...window, previous: 2, current: 1, elapsedMs: 1_000 })).toBe(29);
  // Most of the previous window has slid out: its two attempts weigh less than one.
  expect(slidingWindowEstimate({ ...window, previous: 2, current: 1, elapsedMs: 45_000 })).toBeNull();
});

it('takes the last X-Forwarded-For entry as the client address', () => {
  const headers = (init: Record<string, string>) => ({ headers: new Headers(init) });
  expect(clientAddress(headers({ 'x-forwarded-for': '10.0.0.1, 203.0.113.9' }))).toBe('203.0.113.9');
  expect(clientAddress(headers({ 'x-real-ip': '198.51.100.1' }))).toBe('198.51.100.1');
  expect(clientAddress(headers({}))).toBe('unknown');
});
