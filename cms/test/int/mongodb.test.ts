import { describe, expect, it } from 'vitest';

/**
 * The MongoDB adapter is the production choice, but no MongoDB server exists on these machines (none in Debian or
 * npm). Without MONGODB_URL only the fail-fast path is tested; with it, a real round trip runs.
 * FerretDB (a MongoDB wire-protocol server on SQLite or PostgreSQL) was tried as a stand-in in December 2026 and cannot
 * be had either: 1.24 needs Go 1.22 (its go.mod), Debian offers Go 1.19 only, and both a newer toolchain
 * (golang.org/toolchain) and FerretDB's module dependencies come only from proxy.golang.org or GitHub, which these
 * machines cannot reach; nothing built from a fetched copy may be committed, so CI could not start it anyway.
 */
const mongoUrl = process.env.MONGODB_URL;

describe('DATABASE_URL=mongodb://…', () => {
  it('fails fast with a clear error when no MongoDB server answers', async () => {
    process.env.BFP_ENV = 'test';
    process.env.DATABASE_URL = mongoUrl ?? 'mongodb://127.0.0.1:9/bfp-unreachable';
    if (mongoUrl) return; // a reachable server is exercised below instead
    const { getPayload } = await import('payload');
    const { default: config } = await import('../../src/payload.config.ts');
    await expect(getPayload({ config: await config })).rejects.toThrow(
      /ECONNREFUSED|Server selection timed out|connect/i,
    );
  });

  it.skipIf(!mongoUrl)(
    'stores and reads a partner on a real MongoDB (skipped: set MONGODB_URL; no MongoDB server on these machines, and FerretDB cannot be built here: Go 1.22 and its modules are unreachable)',
    async () => {
      const { getPayload } = await import('payload');
      const { default: config } = await import('../../src/payload.config.ts');
      const { seed } = await import('../../src/seed/index.ts');
      const payload = await getPayload({ config: await config });
      try {
        await seed(payload, { demoUsers: false });
        const { docs } = await payload.find({ collection: 'partners', where: { slug: { equals: 'dudley' } } });
        expect(typeof docs[0]!.id).toBe('string');
      } finally {
        await payload.db.dropDatabase?.({ adapter: payload.db } as never);
        await payload.destroy();
      }
    },
  );
});
