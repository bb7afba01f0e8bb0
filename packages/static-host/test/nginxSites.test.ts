import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { responseHeaders } from '../src/headers.ts';
import { brotliModuleDirective, renderSitesConfig } from '../src/nginxSites.ts';
import { CMS_ORIGIN, SITES } from './fixtureSites.ts';

const render = (options: Partial<Parameters<typeof renderSitesConfig>[0]> = {}) =>
  renderSitesConfig({
    listen: '127.0.0.1:18489',
    sitesDir: '/srv/sites',
    sites: SITES,
    cmsOrigin: CMS_ORIGIN,
    ...options,
  });

/** Every `{ … }` block with the add_header names set directly inside it. */
function blocks(config: string): Array<{ head: string; headers: string[] }> {
  const found: Array<{ head: string; headers: string[] }> = [];
  const stack: Array<{ head: string; headers: string[] }> = [];
  for (const raw of config.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#')) continue;
    if (line.endsWith('{')) stack.push({ head: line.slice(0, -1).trim(), headers: [] });
    else if (line === '}') found.push(stack.pop()!);
    else if (line.startsWith('add_header ')) stack.at(-1)!.headers.push(line.split(/\s+/)[1]!);
  }
  expect(stack).toEqual([]);
  return found;
}

describe('renderSitesConfig', () => {
  it('serves each site from its live link under every one of its names', () => {
    const config = render();
    expect(config).toContain('server_name fostering.dudley.gov.uk dudley.localhost;');
    expect(config).toContain('root "/srv/sites/live/dudley";');
    expect(config).toContain('server_name walsall.localhost;');
    expect(config).toMatch(/listen 127\.0\.0\.1:18489 default_server;/);
    for (const directive of [
      'gzip_static on;',
      'brotli_static on;',
      'absolute_redirect off;',
      'server_tokens off;',
      'charset utf-8;',
      'etag on;',
      'error_page 404 @not_found;',
      'try_files $bfp_not_found_page /404.html =404;',
      '~^/cy/ /cy/404.html;',
    ]) {
      expect(config).toContain(directive);
    }
  });

  it('gives every block that sets headers the whole set, since nginx drops inherited add_headers there', () => {
    const names = Object.keys(responseHeaders('/', { cmsOrigin: CMS_ORIGIN, https: true }));
    const withHeaders = blocks(render({ https: true, previews: true, indexRoot: '/srv/index' })).filter(
      (block) => block.headers.length > 0,
    );
    expect(withHeaders.length).toBeGreaterThan(10);
    for (const block of withHeaders) expect(block.headers, block.head).toEqual(expect.arrayContaining(names));
    expect(names).toContain('Strict-Transport-Security');
  });

  it('sends HSTS only when the sites are reached over https', () => {
    expect(render()).not.toContain('Strict-Transport-Security');
    expect(render({ https: true })).toContain(
      'add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;',
    );
  });

  it('renders the immutable rule only for hashed assets', () => {
    const assets = blocks(render()).filter((block) => block.head === 'location /_astro/');
    expect(assets).toHaveLength(SITES.length);
    expect(render().match(/immutable/g)).toHaveLength(SITES.length * 2);
  });

  it('adds noindex preview servers only when asked', () => {
    expect(render()).not.toContain('preview-');
    const config = render({ previews: true });
    expect(config).toContain('server_name preview-dudley.localhost;');
    expect(config).toContain('root "/srv/sites/preview/dudley";');
    expect(config).toContain('add_header X-Robots-Tag "noindex" always;');
  });

  it('serves a preview only after asking the CMS about the grant for that site, and live sites without asking', () => {
    const config = render({ previews: true, previewGrantsOrigin: 'http://10.0.0.5:3000' });
    const serverOf = (name: string) => config.slice(config.indexOf(`server_name ${name};`)).split(/\nserver \{/)[0]!;
    const preview = serverOf('preview-dudley.localhost');
    for (const line of [
      'auth_request /__preview/verify;',
      'error_page 401 = @preview_refused;',
      'error_page 500 502 503 504 = @preview_unverifiable;',
      'proxy_pass http://10.0.0.5:3000/api/preview-grants/verify;',
      'proxy_pass http://10.0.0.5:3000/api/preview-grants/accept;',
      'proxy_set_header X-Preview-Site "dudley";',
      'proxy_set_header X-Preview-Https "false";',
      'proxy_pass_request_headers off;',
      'add_header Cache-Control "no-store" always;',
    ]) {
      expect(preview).toContain(line);
    }
    expect(serverOf('preview-walsall.localhost')).toContain('proxy_set_header X-Preview-Site "walsall";');
    expect(serverOf('fostering.dudley.gov.uk dudley.localhost')).not.toContain('auth_request');
    expect(serverOf('fostering.dudley.gov.uk dudley.localhost')).not.toContain('__preview');
  });

  it('asks the CMS at cmsOrigin unless told where else, with SNI over https', () => {
    const config = render({ previews: true, https: true });
    expect(config).toContain('proxy_pass https://cms.example.org/api/preview-grants/verify;');
    expect(config).toContain('proxy_ssl_server_name on;');
    expect(config).toContain('proxy_set_header X-Preview-Https "true";');
  });

  it('refuses a CMS address it cannot write into proxy_pass', () => {
    expect(() => render({ previews: true, previewGrantsOrigin: 'ftp://cms.example.org' })).toThrow(
      /not an http\(s\) origin/,
    );
  });

  it('refuses a sites folder that would break out of the config', () => {
    expect(() => render({ sitesDir: '/srv/"sites' })).toThrow(/quote/);
  });

  it('leaves out, with a warning naming the site, a name or slug that would break out of the config or that nginx would refuse', () => {
    const warnings: string[] = [];
    const config = render({
      warn: (line) => warnings.push(line),
      sites: [
        { slug: 'dudley', serverNames: ['a..b.gov.uk', 'dudley.localhost'] },
        { slug: 'walsall', serverNames: ['walsall.localhost; root /'] },
        { slug: '../etc', serverNames: ['etc.localhost'] },
      ],
    });
    expect(config).toContain('server_name dudley.localhost;');
    expect(config).not.toContain('a..b');
    expect(config).not.toContain('walsall');
    expect(config).not.toContain('etc.localhost');
    expect(warnings).toEqual([
      expect.stringMatching(/^Site "dudley": "a\.\.b\.gov\.uk" is not a host name/),
      expect.stringMatching(/^Site "walsall": .* is not a host name/),
      expect.stringMatching(/^Site slug "\.\.\/etc" is not a slug/),
    ]);
  });

  it('gives a name two sites claim to the first only, warning about the second, so neither council gets the other’s site silently', () => {
    const warnings: string[] = [];
    const config = render({
      warn: (line) => warnings.push(line),
      sites: [
        { slug: 'dudley', serverNames: ['fostering.example.gov.uk', 'dudley.localhost'] },
        { slug: 'walsall', serverNames: ['fostering.example.gov.uk', 'walsall.localhost'] },
      ],
    });
    expect(config).toContain('server_name fostering.example.gov.uk dudley.localhost;');
    expect(config).toContain('server_name walsall.localhost;');
    expect(warnings).toEqual([
      'Site "walsall": left out the name fostering.example.gov.uk, which site "dudley" already has.',
    ]);
  });
});

describe('brotliModuleDirective', () => {
  it("loads Debian's brotli_static module from where the package puts it", () => {
    const directive = brotliModuleDirective();
    expect(directive).toMatch(/^load_module \/.+\/ngx_http_brotli_static_module\.so;$/);
    expect(fs.existsSync(directive.slice('load_module '.length, -1))).toBe(true);
  });
});
