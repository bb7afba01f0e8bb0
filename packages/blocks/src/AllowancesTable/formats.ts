// Money as a UK reader expects it on a council site, in English and Welsh alike: "£226" (pence only when there are
// some). The date is @bfp/eligibility's formatDate, in the page's language.
const wholePounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const poundsAndPence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2 });

export const pounds = (amount: number) => (Number.isInteger(amount) ? wholePounds : poundsAndPence).format(amount);
/** The UK calendar day of an instant, as an HTML `datetime` (YYYY-MM-DD): the day formatDate shows. */
export const ukIsoDay = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(iso));
