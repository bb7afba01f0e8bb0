import { describe, expect, it } from 'vitest';
import { renderSitesIndex } from '../src/sitesIndex.ts';

describe('renderSitesIndex', () => {
  it('is a complete document with a language, a title, one h1 inside main', () => {
    const html = renderSitesIndex(
      [{ slug: 'dudley', serverNames: ['dudley.localhost'] }],
      'http://{slug}.localhost:4321',
    );
    expect(html).toMatch(/^<!doctype html><html lang="en-GB">/);
    expect(html).toMatch(/<meta charset="utf-8">/);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toMatch(/<main>[\s\S]*<h1>[\s\S]*<\/main>/);
    expect(html).toContain('<a href="http://dudley.localhost:4321/">dudley</a>');
  });

  it('escapes what it is given', () => {
    const html = renderSitesIndex([{ slug: 'a"b<c>', serverNames: [] }], 'http://{slug}.example');
    expect(html).not.toContain('a"b<c>');
    expect(html).toContain('a&#34;b&#60;c&#62;');
  });

  it('says so when there are no sites yet, rather than rendering an empty list', () => {
    const html = renderSitesIndex([], 'http://{slug}.localhost:4321');
    expect(html).not.toContain('<ul>');
    expect(html).toContain('No partner sites');
  });
});
