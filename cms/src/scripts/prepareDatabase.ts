import { getPayload } from 'payload';
import { readCmsEnvOrExit } from '../env.ts';
import { seed } from '../seed/index.ts';
import { DEMO_PASSWORD, demoUsers } from '../seed/users.ts';

/**
 * Migrates (through the adapter's prodMigrations) and seeds, then checks the result: the Payload CLI has been seen to
 * exit 0 having done nothing, so success is judged by what is in the database, not by an exit code.
 */
export async function prepareDatabase(): Promise<string> {
  const env = readCmsEnvOrExit();
  const { default: config } = await import('../payload.config.ts');
  const payload = await getPayload({ config });
  try {
    // Fails with "no such table" when migrations did not run.
    await payload.count({ collection: 'partners' });
    const demo = env.runtime !== 'production';
    const report = demo ? await seed(payload, { demoUsers: true }) : { created: [] };
    const lines = [`CMS database ready (${env.databaseKind}).`];
    if (report.created.length) lines.push(`Seeded: ${report.created.join(', ')}.`);
    if (demo) {
      lines.push(
        `Demo logins (password "${DEMO_PASSWORD}"): ${demoUsers.map((u) => `${u.email} (${u.role})`).join(', ')}`,
      );
    }
    return lines.join('\n');
  } finally {
    await payload.destroy();
  }
}
