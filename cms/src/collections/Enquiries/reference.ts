import { randomInt } from 'node:crypto';

// Crockford-style alphabet: no I, L, O or U, so a reference read out over the phone is not misheard.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A reference a carer can quote on the phone, e.g. "STAF-7K2M9Q": partner prefix plus 30 random bits. */
export function enquiryReference(partnerSlug: string): string {
  const prefix =
    partnerSlug
      .replace(/[^a-z]/g, '')
      .slice(0, 4)
      .toUpperCase() || 'BFP';
  let code = '';
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${prefix}-${code}`;
}
