/**
 * npm run synthetic-enquiries --workspace=@bfp/cms -- <count>
 *
 * Fills a THROW-AWAY database (see throwAwayDatabase.ts) with <count> made-up enquiries spread over every partner
 * and the last 16 weeks, for the team's views at scale (the dashboard and the CSV export at 100,000 enquiries). Rows
 * are written in bulk beneath Payload (its create, with hooks and validation, would take a quarter of an hour for
 * 100,000), with their e-mails already marked sent so no worker picks them up. SQL adapters only.
 */
import { getPayload } from 'payload';
import { throwAwayDatabaseOrExit } from './throwAwayDatabase.ts';
import { sqlDatabase } from '../database.ts';

const count = Number(process.argv[2]);
if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
  console.error(
    'Say how many enquiries to generate (1 to 1,000,000), e.g. npm run synthetic-enquiries --workspace=@bfp/cms -- 100000',
  );
  process.exit(64);
}
const env = throwAwayDatabaseOrExit();
const { default: config } = await import('../payload.config.ts');
const { ENQUIRY_STATUSES } = await import('../collections/Enquiries/index.ts');
const payload = await getPayload({ config });
const DAY = 86_400_000;
const BATCH = 500;
try {
  const db = sqlDatabase(payload);
  if (!db?.drizzle) throw new Error('synthetic enquiries need a SQL database (SQLite or PostgreSQL)');
  const partners = (await payload.find({ collection: 'partners', pagination: false, depth: 0 })).docs;
  const now = Date.now();
  for (let start = 0; start < count; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, count - start) }, (_, i) => {
      const n = start + i;
      const created = new Date(now - (n % 112) * DAY - (n % 86_400) * 1000);
      const status = ENQUIRY_STATUSES[n % ENQUIRY_STATUSES.length]!;
      return {
        reference: `SYNT-${String(n).padStart(7, '0')}`,
        partner: partners[n % partners.length]!.id,
        sourceSite: n % 3 ? `https://${partners[n % partners.length]!.siteDomain}` : 'direct',
        outcome: (['likely-eligible', 'talk-to-us', 'not-eligible-now'] as const)[n % 3],
        answers: { postcode: 'ZZ1 1AA', age: 'yes', bedroom: 'yes' },
        findings: [],
        contact_fullName: `Synthetic Carer ${n}`,
        contact_email: `synthetic.${n}@example.com`,
        contact_phone: '01632 960 001',
        consent_given: true,
        consent_givenAt: created.toISOString(),
        consent_privacyNoticeVersion: '2026-11',
        status,
        callBackBy: new Date(created.getTime() + DAY).toISOString(),
        firstContactAt:
          status === 'new' || status === 'keep-in-touch'
            ? null
            : new Date(created.getTime() + (n % 48) * 3_600_000).toISOString(),
        idempotencyKey: `synthetic-${n}`,
        emails_team: 'sent',
        emails_carer: 'sent',
        emails_attempts: 0,
        emailNotDelivered: n % 997 === 0,
        createdAt: created.toISOString(),
        updatedAt: created.toISOString(),
      };
    });
    // The same insert on both: each adapter's drizzle has its own table type.
    if (db.name === 'postgres') await db.drizzle.insert(db.tables.enquiries!).values(rows);
    else await db.drizzle.insert(db.tables.enquiries!).values(rows);
  }
  console.log(`${count} synthetic enquiries added over ${partners.length} partners to ${env.databaseUrl}`);
} finally {
  await payload.destroy();
}
process.exit(0);
