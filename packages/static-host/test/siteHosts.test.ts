import { describe, expect, it } from 'vitest';
import { checkSiteAddress, hostName, siteForHost } from '../src/siteHosts.ts';

const sites = [
  { slug: 'dudley', serverNames: ['fostering.dudley.gov.uk', 'dudley.localhost'] },
  { slug: 'walsall', serverNames: ['walsall.localhost'] },
];

describe('siteForHost', () => {
  it('finds a site by any of its names, without regard to case, port or a trailing dot', () => {
    expect(siteForHost('fostering.dudley.gov.uk', sites)).toEqual({ slug: 'dudley', preview: false });
    expect(siteForHost('Dudley.Localhost:4321', sites)).toEqual({ slug: 'dudley', preview: false });
    expect(siteForHost('fostering.dudley.gov.uk.', sites)).toEqual({ slug: 'dudley', preview: false });
  });

  it('finds previews only on preview-<slug>.localhost', () => {
    expect(siteForHost('preview-walsall.localhost:4321', sites)).toEqual({ slug: 'walsall', preview: true });
    expect(siteForHost('preview-fostering.dudley.gov.uk', sites)).toBeNull();
  });

  it('names no site for a bare, unknown or missing host', () => {
    for (const host of [
      'localhost',
      '127.0.0.1:4321',
      '[::1]:4321',
      'evil.example',
      'dudley.localhost.evil.example',
      '',
      undefined,
    ])
      expect(siteForHost(host, sites), String(host)).toBeNull();
  });

  it('reads IPv6 hosts without mistaking their colons for a port', () => {
    expect(hostName('[::1]:4321')).toBe('[::1]');
  });
});

describe('checkSiteAddress', () => {
  it('refuses what could not be a slug or a host name, saying which', () => {
    expect(() => checkSiteAddress({ slug: 'Dudley', serverNames: [] })).toThrow(/slug "Dudley"/);
    expect(() => checkSiteAddress({ slug: 'dudley', serverNames: ['dudley.localhost; return 200'] })).toThrow(
      /is not a host name/,
    );
    expect(() => checkSiteAddress({ slug: 'dudley', serverNames: ['http://dudley.localhost'] })).toThrow(
      /is not a host name/,
    );
    expect(() => checkSiteAddress(sites[0]!)).not.toThrow();
  });
});
