/**
 * "Call back within one working day": the deadline is the same clock time on the next working day in England
 * (Monday to Friday, not a bank holiday). An enquiry that arrives on a weekend or bank holiday counts as arriving when
 * the office opens on the next working day, so it is due at opening time the working day after that.
 * Times are reckoned in Europe/London, whatever the server's time zone.
 */

/**
 * England and Wales bank holidays (GOV.UK). Extend each year; a year missing from here only makes deadlines earlier
 * (a holiday counted as a working day), never later, so no enquiry is flagged late.
 */
const BANK_HOLIDAYS = new Set([
  '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
  '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
  '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
]);

const OFFICE_OPENS_AT = { hour: 9, minute: 0 };
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
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) };
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

/** When the partner's team should have called back an enquiry received at `received`. */
export function callBackDeadline(received: Date): Date {
  const local = toLondon(received);
  if (isWorkingDay(local.date)) return fromLondon({ ...local, date: nextWorkingDay(local.date) });
  const firstOpen = nextWorkingDay(local.date);
  return fromLondon({ date: nextWorkingDay(firstOpen), ...OFFICE_OPENS_AT, second: 0 });
}
