import { describe, expect, it } from 'vitest';
import { readCmsEnv as readEnv, ConfigError, DEFAULT_SQLITE_URL } from '../../src/env.ts';

// Each test passes its own variables, never the real process.env.
const readCmsEnv = (vars: Record<string, string>) => readEnv(vars as NodeJS.ProcessEnv);

describe('readCmsEnv', () => {
  it('needs nothing set outside production, defaulting to the SQLite file under cms/data', () => {
    const env = readCmsEnv({ BFP_ENV: 'local' });
    expect(env.databaseKind).toBe('sqlite');
    expect(env.databaseUrl).toBe(DEFAULT_SQLITE_URL);
    expect(env.serverUrl).toBe('http://localhost:3000');
    expect(env.payloadSecret.length).toBeGreaterThan(0);
  });

  it('stops production without PAYLOAD_SECRET or CMS_URL, naming each variable', () => {
    expect(() => readCmsEnv({ NODE_ENV: 'production' })).toThrow(ConfigError);
    try {
      readCmsEnv({ NODE_ENV: 'production' });
    } catch (error) {
      expect((error as Error).message).toContain('PAYLOAD_SECRET is missing');
      expect((error as Error).message).toContain('CMS_URL is missing');
    }
  });

  it('refuses a short production secret', () => {
    expect(() =>
      readCmsEnv({ BFP_ENV: 'production', PAYLOAD_SECRET: 'short', CMS_URL: 'https://cms.example.org' }),
    ).toThrow(/PAYLOAD_SECRET is too short/);
  });

  it('accepts a complete production configuration with MongoDB', () => {
    const env = readCmsEnv({
      BFP_ENV: 'production',
      PAYLOAD_SECRET: 'x'.repeat(40),
      CMS_URL: 'https://cms.example.org',
      DATABASE_URL: 'mongodb://db:27017/bfp',
      SMTP_HOST: 'smtp.example.org',
    });
    expect(env.databaseKind).toBe('mongodb');
    expect(env.runtime).toBe('production');
  });

  it('accepts PostgreSQL as the production database', () => {
    const env = readCmsEnv({
      BFP_ENV: 'production',
      PAYLOAD_SECRET: 'x'.repeat(40),
      CMS_URL: 'https://cms.example.org',
      DATABASE_URL: 'postgres://bfp@db:5432/bfp',
      SMTP_HOST: 'smtp.example.org',
    });
    expect(env.databaseKind).toBe('postgres');
    expect(env.smtp).toMatchObject({ host: 'smtp.example.org', port: 587 });
  });

  it("stops production without an SMTP relay instead of writing carers' e-mail to files", () => {
    expect(() =>
      readCmsEnv({ BFP_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40), CMS_URL: 'https://cms.example.org' }),
    ).toThrow(/SMTP_HOST is missing/);
  });

  it("refuses the benchmark's open collection in production, and adds it only when asked elsewhere", () => {
    const production = {
      BFP_ENV: 'production',
      PAYLOAD_SECRET: 'x'.repeat(40),
      CMS_URL: 'https://cms.example.org',
      SMTP_HOST: 'smtp.example.org',
    };
    expect(() => readCmsEnv({ ...production, BENCH_BARE_CREATE: 'true' })).toThrow(
      /BENCH_BARE_CREATE is for the benchmark only/,
    );
    expect(readCmsEnv(production).benchBareCreate).toBe(false);
    expect(readCmsEnv({ BFP_ENV: 'local', BENCH_BARE_CREATE: 'true' }).benchBareCreate).toBe(true);
    expect(() => readCmsEnv({ BFP_ENV: 'local', BENCH_BARE_CREATE: 'yes' })).toThrow(
      /BENCH_BARE_CREATE must be "true" or "false"/,
    );
  });

  it('listens on loopback only outside production unless CMS_HOST widens it, and on every interface in production', () => {
    const production = {
      BFP_ENV: 'production',
      PAYLOAD_SECRET: 'x'.repeat(40),
      CMS_URL: 'https://cms.example.org',
      SMTP_HOST: 'smtp.example.org',
    };
    expect(readCmsEnv({ BFP_ENV: 'local' }).cmsHost).toBe('127.0.0.1');
    expect(readCmsEnv({ BFP_ENV: 'test' }).cmsHost).toBe('127.0.0.1');
    expect(readCmsEnv({ NODE_ENV: 'development' }).cmsHost).toBe('127.0.0.1');
    expect(readCmsEnv({ BFP_ENV: 'local', CMS_HOST: '0.0.0.0' }).cmsHost).toBe('0.0.0.0');
    expect(readCmsEnv(production).cmsHost).toBe('0.0.0.0');
    expect(readCmsEnv({ ...production, CMS_HOST: '10.0.0.5' }).cmsHost).toBe('10.0.0.5');
    expect(() => readCmsEnv({ BFP_ENV: 'local', CMS_HOST: 'http://0.0.0.0' })).toThrow(
      /CMS_HOST must be an address to listen on/,
    );
  });

  it('runs the worker below the web instances unless told otherwise, within the range the OS allows', () => {
    expect(readCmsEnv({ BFP_ENV: 'local' }).workerNiceness).toBe(10);
    expect(readCmsEnv({ BFP_ENV: 'local', WORKER_NICENESS: '0' }).workerNiceness).toBe(0);
    expect(() => readCmsEnv({ BFP_ENV: 'local', WORKER_NICENESS: '20' })).toThrow(
      /WORKER_NICENESS must be a whole number from 0 to 19/,
    );
    expect(() => readCmsEnv({ BFP_ENV: 'local', WORKER_NICENESS: '-5' })).toThrow(/WORKER_NICENESS/);
  });

  it('believes X-Forwarded-For only from the proxies listed in TRUSTED_PROXIES', () => {
    expect(readCmsEnv({ BFP_ENV: 'local' }).trustedProxies).toEqual([]);
    expect(readCmsEnv({ BFP_ENV: 'local', TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8' }).trustedProxies).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
    ]);
  });

  it('lets `next build` evaluate the config without production secrets', () => {
    expect(() => readCmsEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).not.toThrow();
  });

  it.each([
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/bfp' }, /DATABASE_URL must be a postgres/],
    ['CMS_URL', { CMS_URL: 'cms.example.org/' }, /CMS_URL must be an origin/],
    ['BFP_ENV', { BFP_ENV: 'staging' }, /BFP_ENV must be/],
    ['TRUSTED_PROXIES', { TRUSTED_PROXIES: 'the load balancer' }, /TRUSTED_PROXIES must be a comma-separated list/],
    ['SMTP_PORT', { SMTP_PORT: 'twenty-five' }, /SMTP_PORT must be a port number/],
    ['LOCAL_SITES_ORIGIN', { LOCAL_SITES_ORIGIN: 'http://localhost:4321' }, /LOCAL_SITES_ORIGIN must contain \{slug\}/],
  ])('names %s when its value is wrong', (_name, env, message) => {
    expect(() => readCmsEnv({ BFP_ENV: 'local', ...env })).toThrow(message);
  });
});
