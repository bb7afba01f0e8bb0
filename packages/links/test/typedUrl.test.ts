import { describe, expect, it } from 'vitest';
import { safeHref, trimTypedUrl, typedUrlProblem } from '../src/index.ts';

const production = { label: 'Booking link', allowLocalhost: false };
const local = { label: 'Booking link', allowLocalhost: true };

// Script-running schemes as a person (or an attacker pasting into a form) might type them.
const scripts = [
  'javascript:alert(document.domain)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\nscript:alert(1)',
  'java\tscript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript://example.org/%0aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
];

describe('typedUrlProblem', () => {
  it.each(scripts)('refuses %j, naming the field and the scheme', (value) => {
    const message = typedUrlProblem(value, production);
    expect(message).toMatch(
      /^Booking link must start with https:\/\/ — "(javascript|data|vbscript):…" is not allowed$/,
    );
    expect(typedUrlProblem(value, local)).toBe(message);
  });

  it('writes the brief’s message for the attack that was tried', () => {
    expect(typedUrlProblem('javascript:alert(document.domain)', production)).toBe(
      'Booking link must start with https:// — "javascript:…" is not allowed',
    );
  });

  it.each([
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    '%6A%61vascript:alert(1)',
    'javascript%3Aalert(1)',
    '/relative/path',
    '//example.org/protocol-relative',
    '#fragment',
  ])('refuses %j, which is not a whole https:// address', (value) => {
    expect(typedUrlProblem(value, production)).toBe(
      'Booking link must be a whole web address starting with https://, e.g. https://www.example.org/',
    );
  });

  it.each([
    'https://www.example.org/',
    'https://events.example.org/bfp-information-evening/book',
    'HTTPS://Example.org/Path?x=1#y',
    'https://fostering.example.gov.uk:8443/book',
    'https://[2001:db8::1]/',
    'https://xn--bcher-kva.example/',
    '  https://www.example.org/  ',
  ])('accepts %j', (value) => {
    expect(typedUrlProblem(value, production)).toBeNull();
  });

  it('has nothing to say about an empty field: being required is the field’s own rule', () => {
    for (const value of [null, undefined, '', '   ']) expect(typedUrlProblem(value, production)).toBeNull();
  });

  it('refuses anything that is not text', () => {
    expect(typedUrlProblem({ url: 'https://example.org' }, production)).toMatch(
      /^Booking link must be a web address written as text/,
    );
  });

  it('suggests https:// for a bare domain', () => {
    expect(typedUrlProblem('www.example.org/book', production)).toBe(
      'Booking link must start with https://, e.g. "https://www.example.org/book"',
    );
  });

  it('refuses plain http:// outside localhost, saying why', () => {
    expect(typedUrlProblem('http://www.example.org/', production)).toBe(
      'Booking link must start with https:// — "http://" is not secure',
    );
    expect(typedUrlProblem('http://www.example.org/', local)).toBe(
      'Booking link must start with https:// — "http://" is not secure (it is allowed only for localhost)',
    );
  });

  it.each([
    'https:example.org',
    'https:/example.org',
    'https:///example.org',
    'https:\\\\example.org',
    'https://example.org\\@evil.example',
  ])('refuses %j: https: must be followed by // and the site’s name', (value) => {
    expect(typedUrlProblem(value, production)).toBe(
      "Booking link must be https:// followed by the site's name, e.g. https://www.example.org/",
    );
  });

  it('refuses a user name or password, which hides the real host', () => {
    expect(typedUrlProblem('https://council.gov.uk@evil.example/', production)).toMatch(
      /must not contain a user name or password/,
    );
    expect(typedUrlProblem('https://user:secret@example.org/', production)).toMatch(
      /must not contain a user name or password/,
    );
  });

  it('refuses hidden characters inside an address', () => {
    for (const value of [
      'https://example.org/my page',
      'https://exa\tmple.org/',
      'https://example.org/\u200b',
      'ht\ntps://example.org/',
    ]) {
      expect(typedUrlProblem(value, production)).toMatch(
        /must not contain spaces, tabs, line breaks or other hidden characters/,
      );
    }
  });

  it('refuses a host that is not a whole site name', () => {
    expect(typedUrlProblem('https://intranet/', production)).toBe(
      'Booking link must name a whole site after https://, e.g. https://www.example.org/ — "intranet" is not one',
    );
  });

  it('refuses very long addresses', () => {
    expect(typedUrlProblem(`https://example.org/${'a'.repeat(2000)}`, production)).toMatch(
      /is too long: use at most 2,000 characters/,
    );
  });

  describe('localhost', () => {
    const addresses = [
      'http://localhost:3000/deploy',
      'http://127.0.0.1:8080/',
      'http://dudley.localhost:4321/',
      'http://[::1]:3000/',
      'https://localhost/',
      'http://LOCALHOST/',
    ];

    it.each(addresses)('accepts %j outside production', (value) => {
      expect(typedUrlProblem(value, local)).toBeNull();
    });

    it.each(addresses)('refuses %j in production', (value) => {
      expect(typedUrlProblem(value, production)).not.toBeNull();
    });

    it('still refuses other schemes and non-loopback http:// outside production', () => {
      expect(typedUrlProblem('http://localhost.example.org/', local)).toMatch(/"http:\/\/" is not secure/);
      expect(typedUrlProblem('http://127.0.0.2/', local)).toMatch(/"http:\/\/" is not secure/);
      expect(typedUrlProblem('javascript://localhost/%0aalert(1)', local)).toMatch(/"javascript:…" is not allowed/);
    });
  });
});

describe('safeHref', () => {
  it.each([
    ...scripts,
    'https:',
    'https://',
    '#top',
    '/check/',
    'mailto:team@example.org',
    'http://example.org/',
    'https://u:p@example.org/',
  ])('gives no href for %j', (value) => {
    expect(safeHref(value, { allowLocalhost: true })).toBeNull();
  });

  it('gives the parsed address written out again, so the browser follows what was checked', () => {
    expect(safeHref('  HTTPS://Events.Example.org/book?x=1  ', { allowLocalhost: false })).toBe(
      'https://events.example.org/book?x=1',
    );
    expect(safeHref('https://example.org', { allowLocalhost: false })).toBe('https://example.org/');
  });

  it('gives http://localhost only when allowed', () => {
    expect(safeHref('http://localhost:4321/privacy', { allowLocalhost: true })).toBe('http://localhost:4321/privacy');
    expect(safeHref('http://localhost:4321/privacy', { allowLocalhost: false })).toBeNull();
  });

  it('gives nothing for no link', () => {
    for (const value of [null, undefined, '', ' ', 42]) expect(safeHref(value, { allowLocalhost: true })).toBeNull();
  });
});

describe('trimTypedUrl', () => {
  it('drops what the URL parser ignores at either end, and nothing inside', () => {
    expect(trimTypedUrl('\u0000 \thttps://example.org/a b\r\n ')).toBe('https://example.org/a b');
  });
});
