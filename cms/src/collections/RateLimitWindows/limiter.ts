import type { Payload, PayloadRequest } from 'payload';
import { countAttempt, readCount, undoAttempt } from './countAttempt.ts';

/**
 * A sliding-window limit kept in the database (so every web instance sees the same count): attempts are counted per
 * client and fixed window, and the previous window's count is weighted by how much of it still overlaps the sliding
 * window. Two rows per client instead of one timestamp per attempt, with an error of a few per cent at the edges.
 * Returns null when allowed, else the seconds to wait before the estimate drops under the limit.
 */
export function slidingWindowEstimate({
  previous,
  current,
  elapsedMs,
  windowMs,
  max,
}: {
  previous: number;
  /** Including this attempt. */
  current: number;
  elapsedMs: number;
  windowMs: number;
  max: number;
}): number | null {
  const overlap = (windowMs - elapsedMs) / windowMs;
  if (previous * overlap + current <= max) return null;
  // Full on its own: only the next window lets anyone in. Otherwise wait until enough of the previous one has slid out.
  const waitMs = current > max ? windowMs - elapsedMs : windowMs * (1 - (max - current) / previous) - elapsedMs;
  return Math.max(1, Math.ceil(waitMs / 1000));
}

export interface RateLimiter {
  /** Counts one attempt from `client`; null when allowed, else the seconds to wait. A refused attempt is not counted. */
  take: (payload: Payload, client: string, now?: number) => Promise<number | null>;
  /** Takes back an attempt counted at `takenAt` that should not count after all (a sign-in that succeeded). */
  giveBack: (payload: Payload, client: string, takenAt: number) => Promise<void>;
}

export function databaseRateLimiter({
  scope,
  max,
  windowSeconds,
}: {
  scope: string;
  max: number;
  windowSeconds: number;
}): RateLimiter {
  const windowMs = windowSeconds * 1000;
  const keyAt = (client: string, index: number) => `${scope}:${client}:${index}`;
  return {
    async take(payload, client, now = Date.now()) {
      const index = Math.floor(now / windowMs);
      const key = keyAt(client, index);
      // A window counts until the end of the one after it (as the "previous" window).
      const expiresAt = new Date((index + 2) * windowMs);
      const current = await countAttempt({ payload, key, expiresAt });
      const previous = await readCount({ payload, key: keyAt(client, index - 1) });
      const retryAfter = slidingWindowEstimate({ previous, current, elapsedMs: now - index * windowMs, windowMs, max });
      if (retryAfter !== null) await undoAttempt({ payload, key });
      return retryAfter;
    },
    async giveBack(payload, client, takenAt) {
      await undoAttempt({ payload, key: keyAt(client, Math.floor(takenAt / windowMs)) });
    },
  };
}

/**
 * The client's address. The CMS's own server (scripts/serve.ts) replaces X-Forwarded-For with the one address it
 * worked out from the socket and TRUSTED_PROXIES, so only the last entry is read; anything a client wrote is gone.
 */
export function clientAddress(req: Pick<PayloadRequest, 'headers'>): string {
  const forwarded = req.headers.get('x-forwarded-for');
  const last = forwarded
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .pop();
  return last || req.headers.get('x-real-ip') || 'unknown';
}
