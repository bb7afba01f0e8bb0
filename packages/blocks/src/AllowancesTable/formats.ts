// Money and dates as a UK reader expects them on a council site: "£226" (pence only when there are some) and
// "6 April 2026", in UK time whatever the build machine's zone.
const wholePounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const poundsAndPence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2 });
const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

export const pounds = (amount: number) => (Number.isInteger(amount) ? wholePounds : poundsAndPence).format(amount);
export const ukDate = (iso: string) => longDate.format(new Date(iso));
/** The UK calendar day of an instant, as an HTML `datetime` (YYYY-MM-DD): the day `ukDate` shows. */
export const ukIsoDay = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(iso));
