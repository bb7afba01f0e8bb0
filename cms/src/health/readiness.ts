import type { Endpoint } from 'payload';
import { committedMigrationNames } from '../db.ts';
import { readCmsEnv } from '../env.ts';
import { errorSummary } from '../errorSummary.ts';

const env = readCmsEnv();

/**
 * GET /api/ready — the load balancer's question "may I send this instance requests?": yes when the database answers
 * and every committed migration has been applied. While the instance drains after SIGTERM its server answers 503 here
 * before Payload sees the request (scripts/serve.ts).
 */
export const readinessEndpoint: Endpoint = {
  path: '/ready',
  method: 'get',
  handler: async (req) => {
    const headers = { 'Cache-Control': 'no-store' };
    try {
      const { docs } = await req.payload.find({
        collection: 'payload-migrations',
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
      });
      const applied = new Set(docs.map((doc) => doc.name));
      // Tests push their schema instead of migrating, so there is nothing to compare.
      const missing =
        env.runtime === 'test'
          ? []
          : (await committedMigrationNames(env.databaseKind)).filter((name) => !applied.has(name));
      if (missing.length)
        return Response.json(
          { ready: false, reason: `migrations not applied: ${missing.join(', ')}` },
          { status: 503, headers },
        );
      return Response.json({ ready: true, database: env.databaseKind }, { headers });
    } catch (error) {
      return Response.json(
        { ready: false, reason: `database unreachable: ${errorSummary(error)}` },
        { status: 503, headers },
      );
    }
  },
};
