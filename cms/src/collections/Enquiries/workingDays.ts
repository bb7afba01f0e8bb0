/**
 * "Call back within one working day", counted in office time: the deadline is one full working day of the partner's
 * office hours after the enquiry arrives, so it always falls while the office is open. An enquiry during office
 * hours is due at the same time on the next working day; one that arrives before opening is due at closing time that
 * day; one after closing, at a weekend or on a bank holiday is due at closing time on the next working day.
 * Working days are Monday to Friday in England, bank holidays excluded; times are Europe/London's, whatever the
 * server's time zone.
 */

/**
 * England and Wales bank holidays (GOV.UK). Extend each year; a year missing from here only makes deadlines earlier
 * (a holiday counted as a working day), never later, so no enquiry is flagged late.
 */
const BANK_HOLIDAYS = new Set([
  '2025-01-01',
  '2025-04-18',
  '2025-04-21',
  '2025-05-05',
  '2025-05-26',
  '2025-08-25',
  '2025-12-25',
  '2025-12-26',
  '2026-01-01',
  '2026-04-03',
  '2026-04-06',
  '2026-05-04',
  '2026-05-25',
  '2026-08-31',
  '2026-12-25',
  '2026-12-28',
  '2027-01-01',
  '2027-03-26',
  '2027-03-29',
  '2027-05-03',
  '2027-05-31',
  '2027-08-30',
  '2027-12-27',
  '2027-12-28',
]);

/** Opening and closing times, "HH:MM" in London. */
export interface OfficeHours {
  opensAt: string;
  closesAt: string;
}

export const DEFAULT_OFFICE_HOURS: OfficeHours = { opensAt: '09:00', closesAt: '17:00' };
export const OFFICE_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

const ZONE = 'Europe/London';

interface LocalTime {
  date: string; // YYYY-MM-DD in London
  hour: number;
  minute: number;
  second: number;
}

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function toLondon(instant: Date): LocalTime {
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The instant at which London's clocks show `local`. Tries both UTC offsets London uses (GMT and BST). */
function fromLondon(local: LocalTime): Date {
  const [y, m, d] = local.date.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d, local.hour, local.minute, local.second);
  for (const offsetHours of [1, 0]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000);
    const back = toLondon(candidate);
    if (back.date === local.date && back.hour === local.hour && back.minute === local.minute) return candidate;
  }
  // A clock time skipped when the clocks go forward: the hour after is the honest answer.
  return new Date(asUtc);
}

/**
 * London wall-clock time as "YYYY-MM-DD HH:MM": what a team reads, and what Excel and LibreOffice take for a date and
 * time when they open a CSV (an ISO UTC string stays text, an hour out half the year).
 */
export function londonDateTime(instant: Date | string | null | undefined): string {
  if (!instant) return '';
  const local = toLondon(new Date(instant));
  return `${local.date} ${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function isWorkingDay(date: string): boolean {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !BANK_HOLIDAYS.has(date);
}

function nextWorkingDay(date: string): string {
  let day = addDays(date, 1);
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

const minutesOf = (time: string) => {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return hour * 60 + minute;
};

/** When the partner's team should have called back an enquiry received at `received`. */
export function callBackDeadline(received: Date, hours: OfficeHours = DEFAULT_OFFICE_HOURS): Date {
  const opens = minutesOf(hours.opensAt);
  const closes = minutesOf(hours.closesAt);
  const at = (date: string, minutes: number) =>
    fromLondon({ date, hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0 });
  const local = toLondon(received);
  const now = local.hour * 60 + local.minute;
  if (isWorkingDay(local.date) && now < opens) return at(local.date, closes);
  if (isWorkingDay(local.date) && now < closes) return fromLondon({ ...local, date: nextWorkingDay(local.date) });
  return at(nextWorkingDay(local.date), closes);
}
