/**
 * Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection"), and carers type their
 * own names, so such a cell is prefixed with an apostrophe: Excel and LibreOffice then show it as text.
 */
const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];

export function csvCell(value: string | null | undefined): string {
  let text = value ?? '';
  if (FORMULA_TRIGGERS.some((trigger) => text.startsWith(trigger))) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One RFC 4180 record, CRLF-terminated. */
export function csvLine(values: ReadonlyArray<string | null | undefined>): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
