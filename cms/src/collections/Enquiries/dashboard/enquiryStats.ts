import { OUTCOMES, OUTCOME_LABELS, type Outcome } from '@bfp/eligibility';
import { ENQUIRY_STAGES, KEEP_IN_TOUCH, STATUS_LABELS, isCallBackOverdue, type EnquiryStatus } from '../workflow.ts';

/** The fields of an enquiry the dashboard needs; no personal data. */
export interface EnquiryForStats {
  partner: { id: number | string; name?: string | null } | number | string;
  sourceSite?: string | null;
  outcome: Outcome;
  status: EnquiryStatus;
  createdAt: string;
  firstContactAt?: string | null;
  callBackBy?: string | null;
  statusHistory?: Array<{ status?: EnquiryStatus | null }> | null;
  emailNotDelivered?: boolean | null;
}

export interface WeeklyRow {
  key: string;
  label: string;
  /** One count per entry of `EnquiryStats.weeks`, oldest first. */
  counts: number[];
  total: number;
}

export interface EnquiryStats {
  total: number;
  /** The Monday (London date, YYYY-MM-DD) starting each of the last `WEEKS_SHOWN` weeks, oldest first; the last is this week. */
  weeks: string[];
  perPartner: WeeklyRow[];
  perSite: WeeklyRow[];
  outcomes: Array<{ outcome: Outcome; label: string; count: number }>;
  firstContact: {
    /** Median of firstContactAt − createdAt over the enquiries that have been contacted; null when none have. */
    medianMs: number | null;
    contacted: number;
    overdueNow: number;
    /** Enquiries whose e-mail to the team or the carer could not be delivered for a day: phone them. */
    emailNotDelivered: number;
    /** Carers ruled out for now, waiting to hear when the time may be right: no call-back is due. */
    keepInTouch: number;
  };
  /** Received, then each stage after "new": how many enquiries got at least that far. */
  conversion: Array<{ stage: (typeof ENQUIRY_STAGES)[number]; label: string; count: number; percent: number }>;
}

export const WEEKS_SHOWN = 12;
export const DIRECT_SITE_LABEL = 'Direct (no site)';

// Recruitment teams work in England, so a week runs Monday to Sunday on London's clock, not the server's.
const londonDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

function londonDay(instant: Date): string {
  const parts = Object.fromEntries(londonDate.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The Monday starting the week `instant` falls in, as a date, so a week spanning New Year is one week, not two. */
export function weekCommencing(instant: Date): string {
  const day = londonDay(instant);
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function siteLabel(sourceSite: string | null | undefined): { key: string; label: string } {
  if (!sourceSite || sourceSite === 'direct') return { key: 'direct', label: DIRECT_SITE_LABEL };
  try {
    return { key: sourceSite, label: new URL(sourceSite).host };
  } catch {
    return { key: sourceSite, label: sourceSite };
  }
}

function partnerLabel(partner: EnquiryForStats['partner']): { key: string; label: string } {
  if (typeof partner === 'object') return { key: String(partner.id), label: partner.name ?? `Partner ${partner.id}` };
  return { key: String(partner), label: `Partner ${partner}` };
}

/** The last `WEEKS_SHOWN` weeks, oldest first, as the London dates of their Mondays; the last is this week. */
export function weeksShown(now: Date): string[] {
  const thisWeek = weekCommencing(now);
  return Array.from({ length: WEEKS_SHOWN }, (_, i) => addDays(thisWeek, -7 * (WEEKS_SHOWN - 1 - i)));
}

/** The instant a London date begins, e.g. 00:00 BST on a summer Monday is 23:00 UTC the Sunday before. */
export function londonMidnight(day: string): Date {
  const utc = new Date(`${day}T00:00:00Z`);
  const shown = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', hourCycle: 'h23' })
      .formatToParts(utc)
      .map((p) => [p.type, p.value]),
  );
  return new Date(utc.getTime() - Number(shown.hour) * 3_600_000);
}

/**
 * What the dashboard is computed from: counts, one median, and the weekly counts per group. The database produces
 * these for SQL adapters (aggregateEnquiryStats.ts); `enquiryStats` produces them from enquiries it was given.
 */
export interface EnquiryAggregates {
  total: number;
  /** One count per week of `weeksShown`, per partner the enquiries are filed under. */
  weeklyByPartner: Array<{ partner: EnquiryForStats['partner']; counts: number[] }>;
  /** The same per site the enquiry was made on (null: made directly, not on a site). */
  weeklyBySite: Array<{ sourceSite: string | null; counts: number[] }>;
  outcomes: Partial<Record<Outcome, number>>;
  medianWaitMs: number | null;
  contacted: number;
  overdueNow: number;
  emailNotDelivered: number;
  keepInTouch: number;
  /** How many enquiries got no further than each stage of ENQUIRY_STAGES (by index). */
  furthestStage: number[];
}

function weeklyRows<T>(
  groups: ReadonlyArray<{ counts: number[] } & T>,
  labelOf: (group: T) => { key: string; label: string },
): WeeklyRow[] {
  const rows = new Map<string, WeeklyRow>();
  for (const group of groups) {
    const { key, label } = labelOf(group);
    // Two groups can share a label ("direct" and no site at all).
    const row = rows.get(key) ?? { key, label, counts: group.counts.map(() => 0), total: 0 };
    group.counts.forEach((count, index) => (row.counts[index]! += count));
    row.total = row.counts.reduce((sum, count) => sum + count, 0);
    rows.set(key, row);
  }
  return [...rows.values()]
    .filter((row) => row.total > 0)
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
}

/** The dashboard's figures from its aggregates: one shaping, whichever way the aggregates were made. */
export function statsFromAggregates(aggregates: EnquiryAggregates, now: Date): EnquiryStats {
  const { total } = aggregates;
  return {
    total,
    weeks: weeksShown(now),
    perPartner: weeklyRows(aggregates.weeklyByPartner, ({ partner }) => partnerLabel(partner)),
    perSite: weeklyRows(aggregates.weeklyBySite, ({ sourceSite }) => siteLabel(sourceSite)),
    outcomes: OUTCOMES.map((outcome) => ({
      outcome,
      label: OUTCOME_LABELS[outcome],
      count: aggregates.outcomes[outcome] ?? 0,
    })),
    firstContact: {
      medianMs: aggregates.medianWaitMs,
      contacted: aggregates.contacted,
      overdueNow: aggregates.overdueNow,
      emailNotDelivered: aggregates.emailNotDelivered,
      keepInTouch: aggregates.keepInTouch,
    },
    conversion: ENQUIRY_STAGES.map((stage, index) => {
      const count = aggregates.furthestStage.slice(index).reduce((sum, n) => sum + n, 0);
      return {
        stage,
        label: index === 0 ? 'Received' : STATUS_LABELS[stage],
        count,
        percent: total === 0 ? 0 : (count / total) * 100,
      };
    }),
  };
}

/**
 * The furthest stage an enquiry reached, as an index into ENQUIRY_STAGES. A withdrawn enquiry keeps the stages its
 * history shows it reached before it was withdrawn.
 */
function furthestStage(enquiry: EnquiryForStats): number {
  const seen = [enquiry.status, ...(enquiry.statusHistory ?? []).map((change) => change.status)];
  return Math.max(0, ...seen.map((status) => ENQUIRY_STAGES.indexOf(status as (typeof ENQUIRY_STAGES)[number])));
}

/** The aggregates of enquiries already read (the MongoDB path, and the reference the SQL path is tested against). */
export function aggregatesOf(enquiries: readonly EnquiryForStats[], now: Date): EnquiryAggregates {
  const weeks = weeksShown(now);
  const column = new Map(weeks.map((week, index) => [week, index]));
  const byPartner = new Map<string, { partner: EnquiryForStats['partner']; counts: number[] }>();
  const bySite = new Map<string, { sourceSite: string | null; counts: number[] }>();
  const outcomes: Partial<Record<Outcome, number>> = {};
  const furthest = ENQUIRY_STAGES.map(() => 0);
  for (const enquiry of enquiries) {
    outcomes[enquiry.outcome] = (outcomes[enquiry.outcome] ?? 0) + 1;
    furthest[furthestStage(enquiry)]! += 1;
    const index = column.get(weekCommencing(new Date(enquiry.createdAt)));
    if (index === undefined) continue;
    const partnerKey = String(typeof enquiry.partner === 'object' ? enquiry.partner.id : enquiry.partner);
    const partnerRow = byPartner.get(partnerKey) ?? { partner: enquiry.partner, counts: weeks.map(() => 0) };
    partnerRow.counts[index]! += 1;
    byPartner.set(partnerKey, partnerRow);
    const siteRow = bySite.get(enquiry.sourceSite ?? '') ?? {
      sourceSite: enquiry.sourceSite ?? null,
      counts: weeks.map(() => 0),
    };
    siteRow.counts[index]! += 1;
    bySite.set(enquiry.sourceSite ?? '', siteRow);
  }
  const waits = enquiries
    .filter((enquiry) => enquiry.firstContactAt)
    // A first contact corrected to before the enquiry's timestamp is a typo, not a negative wait.
    .map((enquiry) => Math.max(0, Date.parse(enquiry.firstContactAt!) - Date.parse(enquiry.createdAt)));
  return {
    total: enquiries.length,
    weeklyByPartner: [...byPartner.values()],
    weeklyBySite: [...bySite.values()],
    outcomes,
    medianWaitMs: median(waits),
    contacted: waits.length,
    overdueNow: enquiries.filter((enquiry) => isCallBackOverdue(enquiry, now)).length,
    emailNotDelivered: enquiries.filter((enquiry) => enquiry.emailNotDelivered).length,
    keepInTouch: enquiries.filter((enquiry) => enquiry.status === KEEP_IN_TOUCH).length,
    furthestStage: furthest,
  };
}

/** Everything the enquiry dashboard shows, from the enquiries the viewer may read. Pure: `now` is passed in. */
export function enquiryStats(enquiries: readonly EnquiryForStats[], now: Date): EnquiryStats {
  return statsFromAggregates(aggregatesOf(enquiries, now), now);
}

/** A wait in words a team reads at a glance: "45 minutes", "5.5 hours", "2.3 days". */
export function describeWait(ms: number): string {
  const minutes = ms / 60_000;
  if (minutes < 60) return `${Math.round(minutes)} ${Math.round(minutes) === 1 ? 'minute' : 'minutes'}`;
  const hours = minutes / 60;
  if (hours < 48) return `${Number(hours.toFixed(1))} hours`;
  return `${Number((hours / 24).toFixed(1))} days`;
}
