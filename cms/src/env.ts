import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { DeliveryPolicy } from './collections/Enquiries/index.ts';

/**
 * Configuration is read and validated once, by one zod schema, when the Payload config is imported (web instances, the
 * jobs worker and the CLI alike): a bad value stops the process with a message naming the variable, instead of
 * failing later on the first request. Every variable is listed, with its meaning, in cms/.env.example.
 */
export type Runtime = 'local' | 'test' | 'production';
export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb';

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  pass?: string;
  /** false only for a loopback test server or an internal relay with a self-signed certificate. */
  rejectUnauthorized: boolean;
}

export interface S3Settings {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
}

export interface CmsEnv {
  runtime: Runtime;
  payloadSecret: string;
  /** Unset means the embedded SQLite file under cms/data/. */
  databaseUrl: string;
  databaseKind: DatabaseKind;
  /** Public URL of the CMS, used for links in the admin and media URLs the sites download. */
  serverUrl: string;
  /**
   * The address a web instance listens on (CMS_HOST). Loopback outside production: `npm start` has demo logins whose
   * password is in the README, so nobody on the same café Wi-Fi may reach it unless CMS_HOST widens it on purpose
   * (CMS_HOST=0.0.0.0). Every interface in production, where nginx or a load balancer on another machine may be the
   * one connecting; the one-machine cluster sets 127.0.0.1 itself.
   */
  cmsHost: string;
  /**
   * Origin of each partner site when served on this machine, with {slug} for the partner slug, e.g.
   * "http://{slug}.localhost:4321". Allowed for CORS alongside each partner's own domain. Unset in production.
   */
  localSitesOrigin: string | undefined;
  /**
   * Enquiries accepted per client address per window (ENQUIRY_RATE_LIMIT="30/600": 30 per 600 s). Generous on purpose:
   * a council office or a family shares one address, and a person correcting mistakes posts several times.
   */
  enquiryRateLimit: { max: number; windowSeconds: number };
  /**
   * Failed sign-ins allowed per client address per window (LOGIN_RATE_LIMIT="5/60"). Counted per address, not per
   * account, so nobody can lock someone else out by guessing at their account; a successful sign-in is not counted.
   */
  loginRateLimit: { max: number; windowSeconds: number };
  /**
   * Addresses (or CIDR ranges) of the proxies in front of the CMS whose X-Forwarded-For may be believed
   * (TRUSTED_PROXIES="127.0.0.1,10.0.0.0/8"). Empty: the socket's own address is the client, whatever the header says.
   */
  trustedProxies: string[];
  /** Outgoing mail. Unset outside production: messages are written as .eml files under mailDir. */
  smtp: SmtpSettings | undefined;
  mailFrom: string;
  mailDir: string;
  /** Where uploads live when no S3 bucket is set: one folder every web instance shares. */
  mediaDir: string;
  /** Where `npm run backup` writes its backup folders (BACKUP_DIR; cms/backups by default). Keep a copy off the machine. */
  backupDir: string;
  /** Uploads go to an S3-compatible bucket when S3_BUCKET is set (storage-s3; untested on these machines). */
  s3: S3Settings | undefined;
  /**
   * Sending and retrying the e-mails about an enquiry (EMAIL_CONCURRENCY, EMAIL_RETRY_BASE_SECONDS,
   * EMAIL_RETRY_MAX_SECONDS, EMAIL_GIVE_UP_HOURS, EMAIL_CLAIM_SECONDS).
   */
  emailDelivery: DeliveryPolicy;
  /**
   * The script the worker runs, as a child process, to build and deploy partner sites (SITE_PUBLISHER; the repo's
   * packages/publish by default). The CMS never imports site code: it hands the publisher a list of sites.
   */
  sitePublisher: string;
  /** REBUILD_ALL_ON_START=true: the worker rebuilds every active site when it starts (what `npm start` wants). */
  rebuildAllOnStart: boolean;
  /**
   * WORKER_NICENESS (0–19, default 10): the worker's scheduling priority. Where it shares cores with web instances,
   * a burst of enquiries is answered first and its e-mails go out in the gaps; alone on a machine it changes nothing.
   */
  workerNiceness: number;
  /**
   * BENCH_BARE_CREATE=true adds the benchmark's yardstick, a collection anyone may write to (`npm run bench` only;
   * refused in production).
   */
  benchBareCreate: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_SQLITE_URL = `file:${path.join(cmsRoot, 'data', 'cms.db')}`;

// Only ever used outside production, so a fresh clone runs without a .env file.
const LOCAL_SECRET = 'local-development-secret-not-for-production-use';

const DATABASE_KINDS: Array<[RegExp, DatabaseKind]> = [
  [/^file:/, 'sqlite'],
  [/^postgres(ql)?:\/\//, 'postgres'],
  [/^mongodb(\+srv)?:\/\//, 'mongodb'],
];

/** A message that quotes the offending value, so the operator sees what they set. */
const says = (message: (value: string | undefined) => string) => ({
  error: (issue: { input: unknown }) => message(issue.input as string | undefined),
});
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined);
const flag = (name: string) =>
  optionalText.refine(
    (value) => value === undefined || value === 'true' || value === 'false',
    `${name} must be "true" or "false".`,
  );
const port = (name: string) =>
  optionalText.refine(
    (value) => value === undefined || (/^\d+$/.test(value) && Number(value) > 0 && Number(value) < 65536),
    `${name} must be a port number (1–65535).`,
  );

const positiveNumber = (name: string) =>
  optionalText.refine(
    (value) => value === undefined || (/^\d+(\.\d+)?$/.test(value) && Number(value) > 0),
    `${name} must be a positive number.`,
  );

const rateLimit = (name: string, example: string) =>
  optionalText.refine(
    (value) => {
      const match = /^(\d+)\/(\d+)$/.exec(value ?? example);
      return Boolean(match && Number(match[1]) >= 1 && Number(match[2]) >= 1);
    },
    says((value) => `${name} must be "<requests>/<seconds>", e.g. ${example}; got "${value}".`),
  );
const parseRateLimit = (value: string) => {
  const [max, windowSeconds] = value.split('/').map(Number) as [number, number];
  return { max, windowSeconds };
};

/** Checks each variable's own form; rules between variables (production needs SMTP, say) follow in readCmsEnv. */
const schema = z.object({
  BFP_ENV: optionalText.refine(
    (value) => value === undefined || ['local', 'test', 'production'].includes(value),
    says((value) => `BFP_ENV must be "local", "test" or "production", not "${value}".`),
  ),
  NODE_ENV: optionalText,
  VITEST: optionalText,
  NEXT_PHASE: optionalText,
  PAYLOAD_SECRET: optionalText,
  DATABASE_URL: optionalText.refine(
    (value) => value === undefined || DATABASE_KINDS.some(([pattern]) => pattern.test(value)),
    says(
      (value) =>
        `DATABASE_URL must be a postgres://, mongodb:// or mongodb+srv:// URL, or a file: URL for SQLite; got "${value?.split(':')[0]}:".`,
    ),
  ),
  CMS_URL: optionalText.refine(
    (value) => value === undefined || /^https?:\/\/[^/]+$/.test(value),
    says((value) => `CMS_URL must be an origin like https://cms.example.org, got "${value}".`),
  ),
  CMS_PORT: port('CMS_PORT'),
  CMS_HOST: optionalText.refine(
    (value) => value === undefined || /^([0-9.]+|[0-9a-fA-F:]+|[a-zA-Z0-9]([a-zA-Z0-9.-]*[a-zA-Z0-9])?)$/.test(value),
    says(
      (value) =>
        `CMS_HOST must be an address to listen on, e.g. 127.0.0.1 (this machine only) or 0.0.0.0 (every interface); got "${value}".`,
    ),
  ),
  LOCAL_SITES_ORIGIN: optionalText.refine(
    (value) => value === undefined || value.includes('{slug}'),
    'LOCAL_SITES_ORIGIN must contain {slug}, e.g. http://{slug}.localhost:4321.',
  ),
  ENQUIRY_RATE_LIMIT: rateLimit('ENQUIRY_RATE_LIMIT', '30/600'),
  LOGIN_RATE_LIMIT: rateLimit('LOGIN_RATE_LIMIT', '5/60'),
  TRUSTED_PROXIES: optionalText.refine(
    (value) =>
      value === undefined ||
      value
        .split(',')
        .every(
          (entry) =>
            /^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(entry.trim()) ||
            ['loopback', 'linklocal', 'uniquelocal'].includes(entry.trim()),
        ),
    says(
      (value) =>
        `TRUSTED_PROXIES must be a comma-separated list of IP addresses or CIDR ranges (or "loopback"), got "${value}".`,
    ),
  ),
  SMTP_HOST: optionalText,
  SMTP_PORT: port('SMTP_PORT'),
  SMTP_SECURE: flag('SMTP_SECURE'),
  SMTP_USER: optionalText,
  SMTP_PASS: optionalText,
  SMTP_TLS_REJECT_UNAUTHORIZED: flag('SMTP_TLS_REJECT_UNAUTHORIZED'),
  MAIL_FROM: optionalText.refine(
    (value) => value === undefined || /^[^\s@<>]+@[^\s@<>]+$/.test(value),
    says((value) => `MAIL_FROM must be an e-mail address, got "${value}".`),
  ),
  MAIL_DIR: optionalText,
  MEDIA_DIR: optionalText,
  BACKUP_DIR: optionalText,
  S3_BUCKET: optionalText,
  S3_REGION: optionalText,
  S3_ENDPOINT: optionalText.refine(
    (value) => value === undefined || /^https?:\/\//.test(value),
    'S3_ENDPOINT must be an http(s) URL.',
  ),
  S3_ACCESS_KEY_ID: optionalText,
  S3_SECRET_ACCESS_KEY: optionalText,
  S3_FORCE_PATH_STYLE: flag('S3_FORCE_PATH_STYLE'),
  EMAIL_RETRY_BASE_SECONDS: positiveNumber('EMAIL_RETRY_BASE_SECONDS'),
  EMAIL_RETRY_MAX_SECONDS: positiveNumber('EMAIL_RETRY_MAX_SECONDS'),
  EMAIL_GIVE_UP_HOURS: positiveNumber('EMAIL_GIVE_UP_HOURS'),
  EMAIL_CLAIM_SECONDS: positiveNumber('EMAIL_CLAIM_SECONDS'),
  EMAIL_CONCURRENCY: optionalText.refine(
    (value) => value === undefined || (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 100),
    'EMAIL_CONCURRENCY must be a whole number from 1 to 100 (messages sent at once, one SMTP connection each).',
  ),
  WORKER_NICENESS: optionalText.refine(
    (value) => value === undefined || (/^\d+$/.test(value) && Number(value) <= 19),
    'WORKER_NICENESS must be a whole number from 0 to 19 (0 is normal priority, 19 the lowest).',
  ),
  SITE_PUBLISHER: optionalText,
  REBUILD_ALL_ON_START: flag('REBUILD_ALL_ON_START'),
  BENCH_BARE_CREATE: flag('BENCH_BARE_CREATE'),
});

function runtimeFrom(vars: z.infer<typeof schema>): Runtime {
  if (vars.BFP_ENV) return vars.BFP_ENV as Runtime;
  if (vars.VITEST || vars.NODE_ENV === 'test') return 'test';
  return vars.NODE_ENV === 'production' ? 'production' : 'local';
}

export function readCmsEnv(env: NodeJS.ProcessEnv = process.env): CmsEnv {
  const parsed = schema.safeParse(env);
  if (!parsed.success)
    throw new ConfigError(
      `The CMS cannot start:\n  - ${parsed.error.issues.map((issue) => issue.message).join('\n  - ')}`,
    );
  const vars = parsed.data;
  const runtime = runtimeFrom(vars);
  const problems: string[] = [];
  // `next build` evaluates the config to collect page data. One build serves every environment, so secrets are
  // checked when the server starts, not when it is built.
  const checkSecrets = runtime === 'production' && vars.NEXT_PHASE !== 'phase-production-build';

  let payloadSecret = vars.PAYLOAD_SECRET ?? '';
  if (checkSecrets) {
    if (!payloadSecret)
      problems.push('PAYLOAD_SECRET is missing: set it to a random string of at least 32 characters.');
    else if (payloadSecret.length < 32) problems.push('PAYLOAD_SECRET is too short: use at least 32 characters.');
  } else if (!payloadSecret) {
    payloadSecret = LOCAL_SECRET;
  }

  const databaseUrl = vars.DATABASE_URL ?? DEFAULT_SQLITE_URL;
  const databaseKind = DATABASE_KINDS.find(([pattern]) => pattern.test(databaseUrl))![1];

  const serverUrl = vars.CMS_URL ?? (checkSecrets ? '' : `http://localhost:${vars.CMS_PORT ?? '3000'}`);
  if (!serverUrl)
    problems.push('CMS_URL is missing: set it to the public URL of the CMS, e.g. https://cms.example.org.');

  // Production must deliver carers' and teams' e-mail: writing it to files there would lose it silently.
  if (checkSecrets && !vars.SMTP_HOST)
    problems.push(
      'SMTP_HOST is missing: production sends enquiry e-mail through an SMTP relay (also set SMTP_PORT, SMTP_USER, SMTP_PASS).',
    );
  if (vars.SMTP_USER && !vars.SMTP_PASS)
    problems.push('SMTP_PASS is missing: SMTP_USER is set, so the relay needs its password.');
  if (vars.S3_BUCKET && !vars.S3_REGION)
    problems.push('S3_REGION is missing: S3_BUCKET is set, so say which region the bucket is in.');

  if (runtime === 'production' && vars.BENCH_BARE_CREATE === 'true')
    problems.push(
      'BENCH_BARE_CREATE is for the benchmark only: it lets anyone write to a collection, so production refuses it.',
    );

  if (problems.length) throw new ConfigError(`The CMS cannot start:\n  - ${problems.join('\n  - ')}`);
  return {
    runtime,
    payloadSecret,
    databaseUrl,
    databaseKind,
    serverUrl,
    cmsHost: vars.CMS_HOST ?? (runtime === 'production' ? '0.0.0.0' : '127.0.0.1'),
    localSitesOrigin: vars.LOCAL_SITES_ORIGIN,
    enquiryRateLimit: parseRateLimit(vars.ENQUIRY_RATE_LIMIT ?? '30/600'),
    loginRateLimit: parseRateLimit(vars.LOGIN_RATE_LIMIT ?? '5/60'),
    trustedProxies: (vars.TRUSTED_PROXIES ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
    smtp: vars.SMTP_HOST
      ? {
          host: vars.SMTP_HOST,
          port: Number(vars.SMTP_PORT ?? 587),
          secure: vars.SMTP_SECURE === 'true',
          user: vars.SMTP_USER,
          pass: vars.SMTP_PASS,
          rejectUnauthorized: vars.SMTP_TLS_REJECT_UNAUTHORIZED !== 'false',
        }
      : undefined,
    mailFrom: vars.MAIL_FROM ?? 'no-reply@bigfosteringpartnership.example',
    mailDir: vars.MAIL_DIR ?? path.join(cmsRoot, 'data', 'mail'),
    mediaDir: vars.MEDIA_DIR ?? path.join(cmsRoot, 'media'),
    backupDir: vars.BACKUP_DIR ?? path.join(cmsRoot, 'backups'),
    s3: vars.S3_BUCKET
      ? {
          bucket: vars.S3_BUCKET,
          region: vars.S3_REGION!,
          endpoint: vars.S3_ENDPOINT,
          accessKeyId: vars.S3_ACCESS_KEY_ID,
          secretAccessKey: vars.S3_SECRET_ACCESS_KEY,
          forcePathStyle: vars.S3_FORCE_PATH_STYLE === 'true',
        }
      : undefined,
    emailDelivery: {
      retryBaseSeconds: Number(vars.EMAIL_RETRY_BASE_SECONDS ?? 10),
      retryMaxSeconds: Number(vars.EMAIL_RETRY_MAX_SECONDS ?? 900),
      giveUpHours: Number(vars.EMAIL_GIVE_UP_HOURS ?? 26),
      claimSeconds: Number(vars.EMAIL_CLAIM_SECONDS ?? 120),
      concurrency: Number(vars.EMAIL_CONCURRENCY ?? 8),
    },
    sitePublisher: path.resolve(cmsRoot, vars.SITE_PUBLISHER ?? '../packages/publish/src/publish.ts'),
    rebuildAllOnStart: vars.REBUILD_ALL_ON_START === 'true',
    workerNiceness: Number(vars.WORKER_NICENESS ?? 10),
    benchBareCreate: vars.BENCH_BARE_CREATE === 'true',
  };
}

/**
 * For a process's entry point (web instance, worker, release step): the validated configuration, or the message
 * naming the bad variable and exit code 78 (EX_CONFIG), so a supervisor sees a configuration error, not a crash.
 */
export function readCmsEnvOrExit(env: NodeJS.ProcessEnv = process.env): CmsEnv {
  try {
    return readCmsEnv(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(78);
  }
}
