import crypto from 'node:crypto';

/**
 * A preview grant: what lets one browser see one site's preview (drafts included) for a short while, issued by the
 * CMS to an editor who pressed Preview. `<claims>.<signature>`, both base64url: the claims name the site, the expiry
 * and the editor; the signature is HMAC-SHA256 with a key derived from PAYLOAD_SECRET, which only the CMS holds, so
 * only the CMS can issue a grant or check one (the static host asks it: @bfp/static-host/preview-grants).
 */
export interface PreviewGrantClaims {
  /** The partner slug whose preview this opens, and no other. */
  site: string;
  /** Unix seconds. */
  expiresAt: number;
  /** The editor it was issued to (a number on SQLite and PostgreSQL, a string on MongoDB). */
  userId: number | string;
}

/** Long enough to read a draft and click around it; every press of Preview issues a new one. */
export const PREVIEW_GRANT_TTL_SECONDS = 15 * 60;

// Its own key, not the secret itself: a grant can never pass for a session token signed with PAYLOAD_SECRET, nor
// the other way round.
const keyFor = (secret: string) => Buffer.from(crypto.hkdfSync('sha256', secret, '', 'bfp preview grant v1', 32));
const sign = (secret: string, claims: string) => crypto.createHmac('sha256', keyFor(secret)).update(claims).digest();

export function issuePreviewGrant({
  secret,
  site,
  userId,
  now = Date.now(),
  ttlSeconds = PREVIEW_GRANT_TTL_SECONDS,
}: {
  secret: string;
  site: string;
  userId: number | string;
  now?: number;
  ttlSeconds?: number;
}): { grant: string; claims: PreviewGrantClaims } {
  const claims: PreviewGrantClaims = { site, expiresAt: Math.floor(now / 1000) + ttlSeconds, userId };
  const encoded = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return { grant: `${encoded}.${sign(secret, encoded).toString('base64url')}`, claims };
}

/** The grant's claims when it is genuine, unexpired and for `site`; otherwise null (the caller need not know why). */
export function readPreviewGrant({
  secret,
  grant,
  site,
  now = Date.now(),
}: {
  secret: string;
  grant: string | null | undefined;
  site: string;
  now?: number;
}): PreviewGrantClaims | null {
  const [encoded, signature, extra] = (grant ?? '').split('.');
  if (!encoded || !signature || extra !== undefined) return null;
  // Compared as text: decoding first would let padding or stray characters pass for the same signature.
  const expected = Buffer.from(sign(secret, encoded).toString('base64url'));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  let claims: Partial<PreviewGrantClaims>;
  try {
    claims = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Partial<PreviewGrantClaims>;
  } catch {
    return null;
  }
  const { site: grantedSite, expiresAt, userId } = claims;
  if (
    typeof grantedSite !== 'string' ||
    typeof expiresAt !== 'number' ||
    (typeof userId !== 'number' && typeof userId !== 'string')
  )
    return null;
  if (grantedSite !== site || expiresAt * 1000 <= now) return null;
  return { site: grantedSite, expiresAt, userId };
}
