import { sql, type SQL } from '@payloadcms/db-sqlite/drizzle';
import type { Payload } from 'payload';
import { sqlDatabase } from '../../../database.ts';
import { ENQUIRY_STAGES, KEEP_IN_TOUCH } from '../workflow.ts';
import { addDays, londonMidnight, weeksShown, type EnquiryAggregates } from './enquiryStats.ts';

/** Which enquiries the figures cover: every partner's, or one partner's (what the viewer's read access allows). */
export type StatsScope = { partner: number | string } | 'all';

/** The SQL adapters (SQLite, PostgreSQL) can count in the database; MongoDB has no drizzle and reads instead. */
export function canAggregate(payload: Payload): boolean {
  return Boolean(sqlDatabase(payload)?.drizzle);
}

/**
 * The dashboard's aggregates counted by the database: a handful of grouped queries whose answers are a few rows
 * however many enquiries there are, where reading every enquiry into the CMS took seconds at 100,000. Plain SQL over
 * Payload's tables (the same on SQLite and PostgreSQL but for the one interval expression), scoped by `scope`, which
 * the caller takes from the collection's own read access.
 */
export async function aggregateEnquiryStats({
  payload,
  scope,
  now,
}: {
  payload: Payload;
  scope: StatsScope;
  now: Date;
}): Promise<EnquiryAggregates> {
  const db = sqlDatabase(payload)!;
  const postgres = db.name === 'postgres';
  const rows = async <T>(query: SQL): Promise<T[]> =>
    (db.name === 'postgres' ? (await db.drizzle.execute(query)).rows : await db.drizzle.all(query)) as T[];
  const inScope = scope === 'all' ? sql`1 = 1` : sql`e.partner_id = ${scope.partner}`;
  // SQLite keeps dates as ISO text, PostgreSQL as timestamptz: ISO parameters compare correctly with both.
  const nowIso = now.toISOString();
  const weeks = weeksShown(now);
  const bounds = [
    ...weeks.map((week) => londonMidnight(week).toISOString()),
    londonMidnight(addDays(weeks.at(-1)!, 7)).toISOString(),
  ];
  const weekSums = sql.join(
    weeks.map(
      (_, i) =>
        sql`sum(case when e.created_at >= ${bounds[i]} and e.created_at < ${bounds[i + 1]} then 1 else 0 end) as ${sql.raw(`w${i}`)}`,
    ),
    sql`, `,
  );
  const inWindow = sql`e.created_at >= ${bounds[0]} and e.created_at < ${bounds.at(-1)}`;
  const counts = (row: Record<string, unknown>) => weeks.map((_, i) => Number(row[`w${i}`] ?? 0));

  const [totals] = await rows<Record<string, unknown>>(sql`
    select count(*) as total,
      sum(case when e.first_contact_at is not null then 1 else 0 end) as contacted,
      sum(case when e.status = 'new' and e.first_contact_at is null and e.call_back_by is not null and e.call_back_by < ${nowIso} then 1 else 0 end) as overdue,
      sum(case when e.email_not_delivered then 1 else 0 end) as not_delivered,
      sum(case when e.status = ${KEEP_IN_TOUCH} then 1 else 0 end) as keep_in_touch
    from enquiries e where ${inScope}`);

  const byPartner = await rows<Record<string, unknown>>(sql`
    select e.partner_id as partner_id, p.name as name, ${weekSums}
    from enquiries e left join partners p on p.id = e.partner_id
    where ${inScope} and ${inWindow} group by e.partner_id, p.name`);
  const bySite = await rows<Record<string, unknown>>(sql`
    select e.source_site as source_site, ${weekSums} from enquiries e where ${inScope} and ${inWindow} group by e.source_site`);
  const outcomes = await rows<{ outcome: string; n: unknown }>(
    sql`select e.outcome as outcome, count(*) as n from enquiries e where ${inScope} group by e.outcome`,
  );

  // The furthest stage each enquiry reached: its status now, or one in its history (a withdrawn enquiry keeps the
  // stages it got to). Statuses that are no stage (keep in touch, withdrawn) count as the first.
  const stageOf = (column: SQL) =>
    sql`case ${column} ${sql.join(
      ENQUIRY_STAGES.map((stage, index) => sql`when ${stage} then ${sql.raw(String(index))}`),
      sql` `,
    )} else 0 end`;
  const furthest = await rows<{ reached: unknown; n: unknown }>(sql`
    select reached, count(*) as n from (
      select id, max(stage) as reached from (
        select e.id as id, ${stageOf(sql`e.status`)} as stage from enquiries e where ${inScope}
        union all
        select e.id as id, ${stageOf(sql`h.status`)} as stage from enquiries_status_history h join enquiries e on e.id = h._parent_id where ${inScope}
      ) as seen group by id
    ) as furthest group by reached`);

  // A first contact corrected to before the enquiry's timestamp is a typo, not a negative wait.
  const waitMs = postgres
    ? sql`greatest(0, extract(epoch from (e.first_contact_at - e.created_at)) * 1000)`
    : sql`max(0, (julianday(e.first_contact_at) - julianday(e.created_at)) * 86400000.0)`;
  const contacted = Number(totals?.contacted ?? 0);
  let medianWaitMs: number | null = null;
  if (contacted > 0) {
    const middle = await rows<{ wait: unknown }>(sql`
      select ${waitMs} as wait from enquiries e where ${inScope} and e.first_contact_at is not null
      order by wait limit ${contacted % 2 ? 1 : 2} offset ${Math.floor((contacted - 1) / 2)}`);
    // Whole milliseconds, as the timestamps are: SQLite's julianday arithmetic is floating point.
    const values = middle.map((row) => Math.round(Number(row.wait)));
    medianWaitMs = values.reduce((sum, value) => sum + value, 0) / values.length;
  }

  const furthestStage = ENQUIRY_STAGES.map(() => 0);
  for (const row of furthest) furthestStage[Number(row.reached)]! += Number(row.n);
  return {
    total: Number(totals?.total ?? 0),
    weeklyByPartner: byPartner.map((row) => ({
      partner: { id: row.partner_id as number, name: (row.name as string | null) ?? null },
      counts: counts(row),
    })),
    weeklyBySite: bySite.map((row) => ({
      sourceSite: (row.source_site as string | null) ?? null,
      counts: counts(row),
    })),
    outcomes: Object.fromEntries(outcomes.map((row) => [row.outcome, Number(row.n)])),
    medianWaitMs,
    contacted,
    overdueNow: Number(totals?.overdue ?? 0),
    emailNotDelivered: Number(totals?.not_delivered ?? 0),
    keepInTouch: Number(totals?.keep_in_touch ?? 0),
    furthestStage,
  };
}
