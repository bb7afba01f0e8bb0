import { describe, expect, it } from 'vitest';
import { encodePathname, parseRequestTarget } from '../src/requestTarget.ts';

describe('parseRequestTarget', () => {
  it('decodes once, merges slashes and resolves dot segments as nginx does', () => {
    expect(parseRequestTarget('/about/')).toEqual({ pathname: '/about/', search: '' });
    expect(parseRequestTarget('//a///b')).toEqual({ pathname: '/a/b', search: '' });
    expect(parseRequestTarget('/a/./b/../c/')).toEqual({ pathname: '/a/c/', search: '' });
    expect(parseRequestTarget('/a/b/..')?.pathname).toBe('/a/');
    expect(parseRequestTarget('/%2Fevil.example%2F..')?.pathname).toBe('/');
    expect(parseRequestTarget('/caf%C3%A9/')?.pathname).toBe('/café/');
    expect(parseRequestTarget('/%2561')?.pathname).toBe('/%61');
  });

  it('keeps the query string and drops a fragment', () => {
    expect(parseRequestTarget('/about?utm=mail&x=%zz#top')).toEqual({ pathname: '/about', search: '?utm=mail&x=%zz' });
    expect(parseRequestTarget('/about#top?x')).toEqual({ pathname: '/about', search: '' });
  });

  it('refuses malformed escapes, NUL and climbing above the root', () => {
    for (const url of [
      '/%E0%A4%A',
      '/%zz',
      '/%',
      '/a%00b',
      '/../etc/passwd',
      '/a/../../b',
      '/%2e%2e/x',
      '*',
      'http://evil.example/',
      '',
      undefined,
    ]) {
      expect(parseRequestTarget(url), String(url)).toBeNull();
    }
  });

  it('accepts well-formed escapes of bytes that are not UTF-8 (a page that does not exist, not a bad request)', () => {
    expect(parseRequestTarget('/%E0%A4/')?.pathname).toBe('/\uFFFD/');
  });
});

describe('encodePathname', () => {
  it('can never start a protocol-relative or backslash URL', () => {
    for (const pathname of ['/\\evil.example/', '/a?b#c/', '/café/', '/100%/']) {
      const encoded = encodePathname(pathname);
      expect(encoded).toMatch(/^\/[^/\\]/);
      expect(encoded).not.toMatch(/[?#\\]/);
      expect(new URL(encoded, 'http://dudley.localhost/').host).toBe('dudley.localhost');
      expect(parseRequestTarget(encoded)?.pathname).toBe(pathname);
    }
  });
});
