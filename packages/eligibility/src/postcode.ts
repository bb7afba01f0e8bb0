/**
 * UK postcodes: an outward code (area + district, e.g. "ST16", "DY1", "B15", "EC1A") and an optional inward code
 * ("3AA"). Partners cover postcode districts, so routing only ever needs the outward code.
 */
const OUTWARD = '[A-Z]{1,2}[0-9][A-Z0-9]?';
const INWARD = '[0-9][A-Z]{2}';
const FULL_OR_OUTWARD = new RegExp(`^(${OUTWARD})(?:\\s*(${INWARD}))?$`);

/** Upper-cases and collapses spaces so "st16  3aa " and "ST163AA" both read "ST16 3AA". */
export function normalisePostcode(input: string): string {
  const compact = input.toUpperCase().replace(/\s+/g, '');
  const match = FULL_OR_OUTWARD.exec(compact);
  if (!match) return input.trim().toUpperCase().replace(/\s+/g, ' ');
  return match[2] ? `${match[1]} ${match[2]}` : match[1]!;
}

/** The postcode district (outward code) of a full postcode or a bare district, or null when it is not a postcode. */
export function postcodeDistrict(input: string): string | null {
  const compact = input.toUpperCase().replace(/\s+/g, '');
  // A bare outward code is ambiguous with a full postcode missing spaces only when it is 5+ characters; the regex
  // tries the full form first because the inward code's shape (digit, letter, letter) is unambiguous.
  const match = FULL_OR_OUTWARD.exec(compact);
  return match ? match[1]! : null;
}

export function isValidPostcode(input: string): boolean {
  return postcodeDistrict(input) !== null;
}
