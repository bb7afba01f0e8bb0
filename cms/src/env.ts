import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Configuration is read and validated once, when the Payload config is imported: a bad value stops the process with
 * a message naming the variable, instead of failing later on the first request.
 */
export type Runtime = 'local' | 'test' | 'production';

export interface CmsEnv {
  runtime: Runtime;
  payloadSecret: string;
  /** Unset means the embedded SQLite file under cms/data/. */
  databaseUrl: string;
  databaseKind: 'sqlite' | 'mongodb';
  /** Public URL of the CMS, used for links in the admin and media URLs the sites download. */
  serverUrl: string;
  /**
   * Origin of each partner site when served on this machine, with {slug} for the partner slug, e.g.
   * "http://{slug}.localhost:4321". Allowed for CORS alongside each partner's own domain. Unset in production.
   */
  localSitesOrigin: string | undefined;
  /**
   * Enquiries accepted per client IP per window (ENQUIRY_RATE_LIMIT="30/600": 30 per 600 s). Generous on purpose:
   * a council office or a family shares one address, and a person correcting mistakes posts several times.
   */
  enquiryRateLimit: { max: number; windowSeconds: number };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_SQLITE_URL = `file:${path.join(cmsRoot, 'data', 'cms.db')}`;

// Only ever used outside production, so a fresh clone runs without a .env file.
const LOCAL_SECRET = 'local-development-secret-not-for-production-use';

function runtimeFrom(env: NodeJS.ProcessEnv): Runtime {
  const declared = env.BFP_ENV;
  if (declared === 'local' || declared === 'test' || declared === 'production') return declared;
  if (declared) throw new ConfigError(`BFP_ENV must be "local", "test" or "production", not "${declared}".`);
  if (env.VITEST || env.NODE_ENV === 'test') return 'test';
  return env.NODE_ENV === 'production' ? 'production' : 'local';
}

export function readCmsEnv(env: NodeJS.ProcessEnv = process.env): CmsEnv {
  const runtime = runtimeFrom(env);
  const problems: string[] = [];
  // `next build` evaluates the config to collect page data. One build serves every environment, so secrets are
  // checked when the server starts, not when it is built.
  const building = env.NEXT_PHASE === 'phase-production-build';

  let payloadSecret = env.PAYLOAD_SECRET ?? '';
  if (runtime === 'production' && !building) {
    if (!payloadSecret) problems.push('PAYLOAD_SECRET is missing: set it to a random string of at least 32 characters.');
    else if (payloadSecret.length < 32) problems.push('PAYLOAD_SECRET is too short: use at least 32 characters.');
  } else if (!payloadSecret) {
    payloadSecret = LOCAL_SECRET;
  }

  const databaseUrl = env.DATABASE_URL || DEFAULT_SQLITE_URL;
  let databaseKind: CmsEnv['databaseKind'] = 'sqlite';
  if (/^mongodb(\+srv)?:\/\//.test(databaseUrl)) databaseKind = 'mongodb';
  else if (!databaseUrl.startsWith('file:')) {
    problems.push(
      `DATABASE_URL must be a mongodb:// or mongodb+srv:// URL, or a file: URL for SQLite; got "${databaseUrl.split(':')[0]}:".`,
    );
  }

  const serverUrl = env.CMS_URL || (runtime === 'production' && !building ? '' : `http://localhost:${env.CMS_PORT || '3000'}`);
  if (!serverUrl) problems.push('CMS_URL is missing: set it to the public URL of the CMS, e.g. https://cms.example.org.');
  else if (!/^https?:\/\/[^/]+$/.test(serverUrl)) problems.push(`CMS_URL must be an origin like https://cms.example.org, got "${serverUrl}".`);

  const localSitesOrigin = env.LOCAL_SITES_ORIGIN || undefined;
  if (localSitesOrigin && !localSitesOrigin.includes('{slug}')) {
    problems.push('LOCAL_SITES_ORIGIN must contain {slug}, e.g. http://{slug}.localhost:4321.');
  }

  const rateLimit = /^(\d+)\/(\d+)$/.exec(env.ENQUIRY_RATE_LIMIT || '30/600');
  if (!rateLimit || Number(rateLimit[1]) < 1 || Number(rateLimit[2]) < 1) {
    problems.push(`ENQUIRY_RATE_LIMIT must be "<requests>/<seconds>", e.g. 30/600; got "${env.ENQUIRY_RATE_LIMIT}".`);
  }
  const enquiryRateLimit = { max: Number(rateLimit?.[1] ?? 30), windowSeconds: Number(rateLimit?.[2] ?? 600) };

  if (problems.length) throw new ConfigError(`The CMS cannot start:\n  - ${problems.join('\n  - ')}`);
  return { runtime, payloadSecret, databaseUrl, databaseKind, serverUrl, localSitesOrigin, enquiryRateLimit };
}
