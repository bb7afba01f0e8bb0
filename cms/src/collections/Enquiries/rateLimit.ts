import type { PayloadRequest } from 'payload';

export interface RateLimiter {
  /** Counts one attempt from `client`; null when allowed, else the seconds until the oldest attempt leaves the window. */
  take: (client: string, now?: number) => number | null;
}

/**
 * A sliding window per client, in this process's memory. Enough for one CMS server; several servers behind a load
 * balancer would each allow the limit, which still stops a script hammering one of them. A shared store (Redis,
 * MongoDB) is the next step when the CMS is scaled out.
 */
export function slidingWindowLimiter({ max, windowSeconds }: { max: number; windowSeconds: number }): RateLimiter {
  const windowMs = windowSeconds * 1000;
  const attempts = new Map<string, number[]>();
  let lastSweep = 0;

  return {
    take(client, now = Date.now()) {
      // Forget idle clients now and then so a flood of one-off addresses cannot grow the map without bound.
      if (now - lastSweep > windowMs) {
        for (const [key, times] of attempts) if (times[times.length - 1]! <= now - windowMs) attempts.delete(key);
        lastSweep = now;
      }
      const recent = (attempts.get(client) ?? []).filter((time) => time > now - windowMs);
      if (recent.length >= max) {
        attempts.set(client, recent);
        return Math.max(1, Math.ceil((recent[0]! + windowMs - now) / 1000));
      }
      recent.push(now);
      attempts.set(client, recent);
      return null;
    },
  };
}

/**
 * The client's address as the nearest proxy saw it: the last X-Forwarded-For entry (a CDN or load balancer appends the
 * real peer; anything to its left came from the client and may be forged). Next.js fills the header from the socket
 * when nothing sits in front of it.
 */
export function clientAddress(req: Pick<PayloadRequest, 'headers'>): string {
  const forwarded = req.headers.get('x-forwarded-for');
  const last = forwarded?.split(',').map((part) => part.trim()).filter(Boolean).pop();
  return last || req.headers.get('x-real-ip') || 'unknown';
}
