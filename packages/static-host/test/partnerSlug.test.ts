import { describe, expect, it } from 'vitest';
import { isPartnerSlug } from '../src/partnerSlug.ts';

describe('the partner slug rule, shared by the CMS, the site folders and the host names', () => {
  it.each(['dudley', 'staffordshire', 'big-fostering-partnership', 'walsall-2', 'ab'])('accepts %s', (slug) => {
    expect(isPartnerSlug(slug)).toBe(true);
  });
  it.each([
    '',
    'a',
    'Dudley',
    '2dudley',
    '-dudley',
    'dudley-',
    'dud ley',
    'dud_ley',
    '../etc',
    'a'.repeat(42),
    'dudley.gov',
  ])('refuses "%s"', (slug) => {
    expect(isPartnerSlug(slug)).toBe(false);
  });
  it('refuses what is not a string', () => {
    expect(isPartnerSlug(undefined)).toBe(false);
    expect(isPartnerSlug(42)).toBe(false);
  });
});
