import { describe, expect, it } from 'vitest';
import { hostNameOrNull, isNormalisedHostName, normaliseHostName } from '../src/hostName.ts';

describe('normaliseHostName', () => {
  it('stores a domain as nginx and browsers match it: lower case, Unicode as punycode, spaces around dropped', () => {
    expect(normaliseHostName('Fostering.Dudley.GOV.uk')).toEqual({ ok: true, name: 'fostering.dudley.gov.uk' });
    expect(normaliseHostName('  fostering.example.gov.uk\n')).toEqual({ ok: true, name: 'fostering.example.gov.uk' });
    expect(normaliseHostName('pflege.bücher.de')).toEqual({ ok: true, name: 'pflege.xn--bcher-kva.de' });
    expect(normaliseHostName('xn--bcher-kva.de')).toEqual({ ok: true, name: 'xn--bcher-kva.de' });
    expect(normaliseHostName('dudley.localhost')).toEqual({ ok: true, name: 'dudley.localhost' });
  });

  it('takes labels of 1 to 63 letters, digits and inner hyphens, and names up to 253 characters', () => {
    expect(normaliseHostName(`${'a'.repeat(63)}.example`).ok).toBe(true);
    expect(normaliseHostName(`${'a'.repeat(64)}.example`)).toEqual({
      ok: false,
      problem: expect.stringMatching(/longer than 63/),
    });
    const label = 'a'.repeat(61);
    expect(normaliseHostName([label, label, label, label, 'uk'].join('.')).ok).toBe(true); // 4 × 62 + 2 = 250
    expect(normaliseHostName([label, label, label, label, 'abcdef'].join('.'))).toEqual({
      ok: false,
      problem: 'it is longer than 253 characters',
    });
    expect(normaliseHostName('x.co').ok).toBe(true);
    expect(normaliseHostName('a-b.c-d.uk').ok).toBe(true);
  });

  it.each([
    ['a..b.gov.uk', /empty part/],
    ['.a.gov.uk', /empty part/],
    ['a.gov.uk.', /end with a dot/],
    ['localhost', /at least two parts/],
    ['-a.gov.uk', /"-a"/],
    ['a-.gov.uk', /"a-"/],
    ['a_b.gov.uk', /"a_b"/],
    ['https://a.gov.uk', /https:\/\//],
    ['a.gov.uk:8080', /port/],
    ['a.gov.uk/fostering', /slashes/],
    ['a.gov.uk; root /', /spaces/],
    ['a b.gov.uk', /spaces/],
    ['a@b.gov.uk', /@/],
    ['192.168.0.1', /IP address/],
    ['a<b.gov.uk', /not a valid/],
    ['a\u0000b.gov.uk', /not a valid/],
    ['\u200b.gov.uk', /empty part/],
    ['a*.gov.uk', /"a\*"/],
    ['', /empty/],
  ])('refuses %j, saying why', (value, problem) => {
    const check = normaliseHostName(value);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.problem).toMatch(problem);
  });

  it('refuses what is not text', () => {
    for (const value of [undefined, null, 42, ['a.gov.uk']]) expect(normaliseHostName(value).ok).toBe(false);
  });
});

describe('isNormalisedHostName', () => {
  it('accepts only a name already in the stored form, as nginx’s config must hold it', () => {
    expect(isNormalisedHostName('fostering.dudley.gov.uk')).toBe(true);
    expect(isNormalisedHostName('Fostering.Dudley.gov.uk')).toBe(false);
    expect(isNormalisedHostName(' fostering.dudley.gov.uk')).toBe(false);
    expect(isNormalisedHostName('bücher.de')).toBe(false);
    expect(hostNameOrNull('bücher.de')).toBe('xn--bcher-kva.de');
    expect(hostNameOrNull('a..b')).toBeNull();
  });
});
