import type { PayloadRequest } from 'payload';
import type { Partner } from '../../payload-types.ts';
import { readCmsEnv } from '../../env.ts';
import { partnerSiteOrigins } from './siteOrigins.ts';

// Read once: the config has validated the same variables at start-up.
const env = readCmsEnv();

/**
 * CORS for what the partner sites post to the CMS (an enquiry, a booking), answered per partner origin because the
 * allowed origins live in partner records, not in config. Never cached: the answers hold personal data.
 */
export function partnerSiteCors(req: PayloadRequest, partners: Partner[]): Headers {
  const headers = new Headers({ Vary: 'Origin', 'Cache-Control': 'no-store' });
  const origin = req.headers.get('origin');
  if (!origin) return headers;
  if (partners.some((partner) => partnerSiteOrigins(partner, env).includes(origin))) {
    headers.set('Access-Control-Allow-Origin', origin);
    headers.set('Access-Control-Allow-Methods', 'POST, OPTIONS');
    headers.set('Access-Control-Allow-Headers', 'Content-Type, Idempotency-Key');
    headers.set('Access-Control-Max-Age', '600');
  }
  return headers;
}
