import { describe, expect, it } from 'vitest';
import { loopbackAliasRedirect } from '../../src/server/loopbackRedirect.ts';

const page = (host: string, url = '/admin', method = 'GET') => ({ method, url, host });

describe('the admin at another loopback address of this machine', () => {
  it('is sent to the same page at CMS_URL', () => {
    expect(loopbackAliasRedirect(page('127.0.0.1:3000'), 'http://localhost:3000')).toBe('http://localhost:3000/admin');
    expect(
      loopbackAliasRedirect(page('[::1]:3000', '/admin/collections/partners/1?tab=x'), 'http://localhost:3000'),
    ).toBe('http://localhost:3000/admin/collections/partners/1?tab=x');
    expect(loopbackAliasRedirect(page('0.0.0.0:3000', '/admin/login'), 'http://localhost:3000')).toBe(
      'http://localhost:3000/admin/login',
    );
    expect(loopbackAliasRedirect(page('cms.localhost:3000'), 'http://localhost:3000')).toBe(
      'http://localhost:3000/admin',
    );
    // A web instance of the one-machine cluster opened directly, CMS_URL being nginx in front of it.
    expect(loopbackAliasRedirect(page('127.0.0.1:3001', '/admin/account', 'HEAD'), 'http://localhost:8080')).toBe(
      'http://localhost:8080/admin/account',
    );
  });

  it('is left alone at CMS_URL itself', () => {
    expect(loopbackAliasRedirect(page('localhost:3000'), 'http://localhost:3000')).toBeNull();
    expect(loopbackAliasRedirect(page('LOCALHOST:3000'), 'http://localhost:3000')).toBeNull();
    expect(loopbackAliasRedirect(page('127.0.0.1:3000'), 'http://127.0.0.1:3000')).toBeNull();
  });

  it('leaves the API, other paths and anything but page loads alone', () => {
    expect(loopbackAliasRedirect(page('127.0.0.1:3000', '/api/partners'), 'http://localhost:3000')).toBeNull();
    expect(loopbackAliasRedirect(page('127.0.0.1:3000', '/administrator'), 'http://localhost:3000')).toBeNull();
    expect(loopbackAliasRedirect(page('127.0.0.1:3000', '/admin', 'POST'), 'http://localhost:3000')).toBeNull();
    expect(loopbackAliasRedirect({ method: 'GET', url: '/admin' }, 'http://localhost:3000')).toBeNull();
  });

  it('never redirects a deployment by what the Host header says', () => {
    expect(loopbackAliasRedirect(page('127.0.0.1:3000'), 'https://cms.example.org')).toBeNull();
    expect(loopbackAliasRedirect(page('evil.example:3000'), 'http://localhost:3000')).toBeNull();
    expect(loopbackAliasRedirect(page('10.0.0.5:3000'), 'http://localhost:3000')).toBeNull();
  });
});
