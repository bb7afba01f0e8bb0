import { postcodeDistrict } from './postcode.ts';

/** What the partnership site does with a postcode. */
export type PostcodeRoute<P> =
  | { kind: 'partner'; partner: P; district: string }
  /** A real postcode no partner covers; `nearest` shares its postcode area (e.g. "ST"), when one does. */
  | { kind: 'outside'; district: string; nearest: P | null }
  | { kind: 'invalid' };

const areaOf = (district: string) => /^[A-Z]+/.exec(district)![0];

/**
 * Routes a postcode (any case, any spacing, full or district only) to the partner covering its district. The CMS
 * runs the same function to attribute an enquiry made on the partnership's own site.
 */
export function routePostcode<P extends { postcodeDistricts: readonly string[] }>(
  postcode: string,
  partners: readonly P[],
): PostcodeRoute<P> {
  const district = postcodeDistrict(postcode);
  if (!district) return { kind: 'invalid' };
  const partner = partners.find((p) => p.postcodeDistricts.includes(district));
  if (partner) return { kind: 'partner', partner, district };
  const nearest = partners.find((p) => p.postcodeDistricts.some((d) => areaOf(d) === areaOf(district))) ?? null;
  return { kind: 'outside', district, nearest };
}
