import { describe, expect, it } from 'vitest';
import type { Partner } from '@bfp/cms/payload-types';
import { partnerInLanguage, toPartnerTexts } from '../src/mapping.ts';
import type { PartnerEntry } from '../src/schemas.ts';

/** A bilingual partner's record, as far as its texts go, and its Welsh read from the CMS (no fallback). */
const bands = [
  { ageBand: '0 to 4', weeklyAllowance: 180, weeklyFee: 260 },
  { ageBand: '16 and over', weeklyAllowance: 270, weeklyFee: null },
];
const english = {
  languages: ['en', 'cy'],
  logo: { alt: 'Sir Enghraifft' },
  contact: { officeHours: 'Monday to Friday', address: 'County Hall' },
  privacy: { noticeUrl: null },
  localOffer: 'Children stay close to home.',
  allowances: { appliesFrom: '2026-04-06T00:00:00.000Z', bands, note: 'Sample figures.' },
  supportOffer: 'A social worker of your own.',
  localGroups: [],
  texts: {},
} as unknown as PartnerEntry;
const welshRead = (ageBands: Array<string | null>) =>
  toPartnerTexts({
    logo: { alt: 'Sir Enghraifft (cymraeg)' },
    contact: { officeHours: 'Dydd Llun i ddydd Gwener', address: 'Neuadd y Sir' },
    privacy: {},
    localOffer: 'Mae plant yn aros yn agos at adref.',
    allowances: { note: 'Ffigurau enghreifftiol.', bands: ageBands.map((ageBand) => ({ ageBand })) },
    supportOffer: 'Gweithiwr cymdeithasol eich hun.',
    localGroups: [],
  } as unknown as Partner);

describe('a partner’s record on its Welsh pages', () => {
  it('gives each allowance band its Welsh age, the rates unchanged', () => {
    const welsh = partnerInLanguage({ ...english, texts: { cy: welshRead(['0 i 4', '16 a hŷn']) } }, 'cy');
    expect(welsh.allowances.bands).toEqual([
      { ageBand: '0 i 4', weeklyAllowance: 180, weeklyFee: 260 },
      { ageBand: '16 a hŷn', weeklyAllowance: 270, weeklyFee: null },
    ]);
    expect(welsh.allowances.note).toBe('Ffigurau enghreifftiol.');
    expect(partnerInLanguage(english, 'en').allowances.bands).toEqual(bands);
  });

  it('has no table at all while a band has no Welsh age, never one with an English age in it', () => {
    for (const ageBands of [['0 i 4', null], ['0 i 4', '  '], ['0 i 4']]) {
      const welsh = partnerInLanguage({ ...english, texts: { cy: welshRead(ageBands) } }, 'cy');
      expect(welsh.allowances.bands, JSON.stringify(ageBands)).toEqual([]);
    }
  });
});
