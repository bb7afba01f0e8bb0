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
    expect(() => readCmsEnv({ BFP_ENV: 'production', PAYLOAD_SECRET: 'short', CMS_URL: 'https://cms.example.org' })).toThrow(/PAYLOAD_SECRET is too short/);
  });

  it('accepts a complete production configuration with MongoDB', () => {
    const env = readCmsEnv({ BFP_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40), CMS_URL: 'https://cms.example.org', DATABASE_URL: 'mongodb://db:27017/bfp' });
    expect(env.databaseKind).toBe('mongodb');
    expect(env.runtime).toBe('production');
  });

  it('lets `next build` evaluate the config without production secrets', () => {
    expect(() => readCmsEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).not.toThrow();
  });

  it.each([
    ['DATABASE_URL', { DATABASE_URL: 'postgres://localhost/bfp' }, /DATABASE_URL must be a mongodb/],
    ['CMS_URL', { CMS_URL: 'cms.example.org/' }, /CMS_URL must be an origin/],
    ['BFP_ENV', { BFP_ENV: 'staging' }, /BFP_ENV must be/],
    ['LOCAL_SITES_ORIGIN', { LOCAL_SITES_ORIGIN: 'http://localhost:4321' }, /LOCAL_SITES_ORIGIN must contain \{slug\}/],
  ])('names %s when its value is wrong', (_name, env, message) => {
    expect(() => readCmsEnv({ BFP_ENV: 'local', ...env })).toThrow(message);
  });
});
