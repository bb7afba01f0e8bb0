import { describe, expect, it } from 'vitest';
import { sameSitePath } from '../../src/previewGrants/sameSitePath.ts';

/** How a browser on the preview host reads a Location header: resolved against the page it came from. */
const hostFollowed = (location: string) =>
  new URL(location, 'https://dudley-preview.example/__preview/grant?grant=x').host;

describe('sameSitePath: where a preview grant may send the browser', () => {
  it.each([
    '//evil.example/',
    '/\\evil.example/',
    '/.//evil.example/',
    '/..//evil.example/',
    '/%2e//evil.example/',
    '/%2E%2E//evil.example/',
    '/././/evil.example/',
    '/stories/..//..//evil.example/',
    '/a/../..//evil.example',
    '/.\\/evil.example',
    '/%2e/\\evil.example',
    '/\t/evil.example/',
    'https://evil.example/',
    'http:/evil.example',
    'javascript:alert(1)',
    'evil.example',
    '',
  ])('refuses %j', (next) => {
    expect(sameSitePath(next)).toBeNull();
  });

  it.each([
    ['/stories/maliks-story/?utm=x#top', '/stories/maliks-story/?utm=x#top'],
    ['/stories/../check/', '/check/'],
    ['/%2e/check/', '/check/'],
    // Encoded slashes and backslashes stay encoded in a path: one path segment, never a host.
    ['/%2f/evil.example', '/%2f/evil.example'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
    ['/%5c/evil.example', '/%5c/evil.example'],
    ['/%5C%5Cevil.example', '/%5C%5Cevil.example'],
  ])('follows %j as %j, on the preview host', (next, path) => {
    expect(sameSitePath(next)).toBe(path);
    expect(hostFollowed(path)).toBe('dudley-preview.example');
  });
});
