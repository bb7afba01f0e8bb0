import { OUTCOMES, OUTCOME_LABELS, type Outcome } from '@bfp/eligibility';
import { ENQUIRY_STAGES, KEEP_IN_TOUCH, STATUS_LABELS, isCallBackOverdue, type EnquiryStatus } from '../../collections/Enquiries/workflow.ts';

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
const londonDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

function londonDay(instant: Date): string {
  const parts = Object.fromEntries(londonDate.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

function addDays(day: string, days: number): string {
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

function weeklyRows(
  enquiries: readonly EnquiryForStats[],
  weeks: readonly string[],
  groupOf: (enquiry: EnquiryForStats) => { key: string; label: string },
): WeeklyRow[] {
  const column = new Map(weeks.map((week, index) => [week, index]));
  const rows = new Map<string, WeeklyRow>();
  for (const enquiry of enquiries) {
    const index = column.get(weekCommencing(new Date(enquiry.createdAt)));
    if (index === undefined) continue;
    const { key, label } = groupOf(enquiry);
    const row = rows.get(key) ?? { key, label, counts: weeks.map(() => 0), total: 0 };
    row.counts[index]! += 1;
    row.total += 1;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
}

/**
 * The furthest stage an enquiry reached, as an index into ENQUIRY_STAGES. A withdrawn enquiry keeps the stages its
 * history shows it reached before it was withdrawn.
 */
function furthestStage(enquiry: EnquiryForStats): number {
  const seen = [enquiry.status, ...(enquiry.statusHistory ?? []).map((change) => change.status)];
  return Math.max(0, ...seen.map((status) => ENQUIRY_STAGES.indexOf(status as (typeof ENQUIRY_STAGES)[number])));
}

/** Everything the enquiry dashboard shows, from the enquiries the viewer may read. Pure: `now` is passed in. */
export function enquiryStats(enquiries: readonly EnquiryForStats[], now: Date): EnquiryStats {
  const thisWeek = weekCommencing(now);
  const weeks = Array.from({ length: WEEKS_SHOWN }, (_, i) => addDays(thisWeek, -7 * (WEEKS_SHOWN - 1 - i)));

  const waits = enquiries
    .filter((enquiry) => enquiry.firstContactAt)
    // A first contact corrected to before the enquiry's timestamp is a typo, not a negative wait.
    .map((enquiry) => Math.max(0, Date.parse(enquiry.firstContactAt!) - Date.parse(enquiry.createdAt)));

  const stages = enquiries.map(furthestStage);
  const total = enquiries.length;

  return {
    total,
    weeks,
    perPartner: weeklyRows(enquiries, weeks, (enquiry) => partnerLabel(enquiry.partner)),
    perSite: weeklyRows(enquiries, weeks, (enquiry) => siteLabel(enquiry.sourceSite)),
    outcomes: OUTCOMES.map((outcome) => ({
      outcome,
      label: OUTCOME_LABELS[outcome],
      count: enquiries.filter((enquiry) => enquiry.outcome === outcome).length,
    })),
    firstContact: {
      medianMs: median(waits),
      contacted: waits.length,
      overdueNow: enquiries.filter((enquiry) => isCallBackOverdue(enquiry, now)).length,
      emailNotDelivered: enquiries.filter((enquiry) => enquiry.emailNotDelivered).length,
      keepInTouch: enquiries.filter((enquiry) => enquiry.status === KEEP_IN_TOUCH).length,
    },
    conversion: ENQUIRY_STAGES.map((stage, index) => {
      const count = stages.filter((reached) => reached >= index).length;
      return { stage, label: index === 0 ? 'Received' : STATUS_LABELS[stage], count, percent: total === 0 ? 0 : (count / total) * 100 };
    }),
  };
}

/** A wait in words a team reads at a glance: "45 minutes", "5.5 hours", "2.3 days". */
export function describeWait(ms: number): string {
  const minutes = ms / 60_000;
  if (minutes < 60) return `${Math.round(minutes)} ${Math.round(minutes) === 1 ? 'minute' : 'minutes'}`;
  const hours = minutes / 60;
  if (hours < 48) return `${Number(hours.toFixed(1))} hours`;
  return `${Number((hours / 24).toFixed(1))} days`;
}
