/**
 * nginx's half of serving partner sites: server blocks rendered from headers.ts, so nginx and the Node server of
 * `npm start` send the same headers, types, cache rules and encodings.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_LANGUAGE, LANGUAGES, SITE_PATHS, notFoundPagePath } from '@bfp/eligibility';
import {
  CONTENT_TYPES,
  DEFAULT_CONTENT_TYPE,
  HASHED_ASSETS_PREFIX,
  PRECOMPRESSED_ENCODINGS,
  UTF8_CONTENT_TYPES,
  responseHeaders,
  type ServingOptions,
} from './headers.ts';
import { addHeaders, indent, methodGuard, quoted } from './nginxDirectives.ts';
import { previewGateDirectives } from './nginxPreviewGate.ts';
import { isNormalisedHostName } from './hostName.ts';
import { isPartnerSlug } from './partnerSlug.ts';
import { previewHost, siteAddressProblems, type SiteAddress } from './siteHosts.ts';

export { renderSitesIndex } from './sitesIndex.ts';

export interface SitesConfigOptions {
  /** nginx's `listen` value, e.g. `127.0.0.1:8080` or `8080`. */
  listen: string | number;
  /** Holds `live/<slug>` and `preview/<slug>`, each a symlink to a release folder. */
  sitesDir: string;
  sites: readonly SiteAddress[];
  cmsOrigin: string;
  /** The sites are reached over https (TLS ends in front of nginx or in it): adds HSTS and upgrade-insecure-requests. */
  https?: boolean;
  /** Also serve `preview-<slug>.localhost` from `<sitesDir>/preview/<slug>`, only to browsers the CMS granted. */
  previews?: boolean;
  /** Where nginx asks the CMS about preview grants (default cmsOrigin): the CMS as this machine reaches it. */
  previewGrantsOrigin?: string;
  /** Folder with the `index.html` an unknown or bare host gets (see renderSitesIndex); without it such hosts get 404. */
  indexRoot?: string;
  /**
   * Told about each site or name left out: a bad slug or host name (written into the config verbatim, and one bad name
   * makes nginx refuse the whole config, so every later update would fail) or a name an earlier site already has.
   */
  warn?: (line: string) => void;
}

const BROTLI_MODULE = 'ngx_http_brotli_static_module.so';
/** Where Debian's libnginx-mod-http-brotli-static puts it, then where other builds of nginx look. */
const MODULE_DIRS = ['/usr/lib/nginx/modules', '/usr/share/nginx/modules', '/usr/lib64/nginx/modules'];

/** The `load_module` line `brotli_static` needs, for startNginx's `mainConfig`. */
export function brotliModuleDirective(): string {
  const found = MODULE_DIRS.map((dir) => path.join(dir, BROTLI_MODULE)).find((file) => fs.existsSync(file));
  if (!found) {
    throw new Error(
      `nginx's brotli module (${BROTLI_MODULE}) is not in ${MODULE_DIRS.join(', ')}: install it with \`apt-get install -y libnginx-mod-http-brotli-static\`.`,
    );
  }
  return `load_module ${found};`;
}

function typesBlock(): string[] {
  const byType = new Map<string, string[]>();
  for (const [extension, type] of Object.entries(CONTENT_TYPES))
    byType.set(type, [...(byType.get(type) ?? []), extension]);
  return [
    'types {',
    ...[...byType].map(([type, extensions]) => `  ${type} ${extensions.join(' ')};`),
    '}',
    `default_type ${DEFAULT_CONTENT_TYPE};`,
  ];
}

/** What every server block shares: no version in Server, relative redirects, the one type table, precompressed files. */
function commonDirectives(headers: Record<string, string>): string[] {
  return [
    'server_tokens off;',
    // A relative Location never names another host, whatever Host the request carried.
    'absolute_redirect off;',
    'charset utf-8;',
    // text/html always gets the charset; listing it again makes nginx warn about a duplicate.
    `charset_types ${UTF8_CONTENT_TYPES.filter((type) => type !== 'text/html').join(' ')};`,
    ...typesBlock(),
    'etag on;',
    'gzip_static on;',
    'brotli_static on;',
    'gzip_vary on;',
    'index index.html;',
    'autoindex off;',
    ...addHeaders(headers),
  ];
}

function siteServer({
  listen,
  serverNames,
  root,
  serving,
  gate,
}: {
  listen: string;
  serverNames: readonly string[];
  root: string;
  serving: ServingOptions;
  /** A preview's: served only to a browser the CMS granted. */
  gate?: { slug: string; grantsOrigin: string };
}): string {
  const pageHeaders = responseHeaders('/', serving);
  const assetHeaders = responseHeaders(HASHED_ASSETS_PREFIX, serving);
  const previewGate = gate && previewGateDirectives({ ...gate, https: serving.https ?? false, headers: pageHeaders });
  const gateServer = previewGate
    ? `\n  # Drafts: each request is checked with the CMS first, which alone can verify a preview grant.\n${indent(previewGate.server, 1)}`
    : '';
  const gateLocations = previewGate
    ? previewGate.locations.map((location) => `\n\n${indent(location, 1)}`).join('')
    : '';
  return `server {
  listen ${listen};
  server_name ${serverNames.join(' ')};
  # A symlink, resolved on every request (open_file_cache is off): a release swapped in with rename(2) is live at once.
  root ${quoted(root)};
${indent(commonDirectives(pageHeaders), 1)}
  # A folder with no index.html is simply not a page here. Without \`=\`, the 404 status stays on the page sent.
  error_page 403 =404 @not_found;
  error_page 404 @not_found;${gateServer}

  location @not_found {
    try_files ${NOT_FOUND_PAGE_VARIABLE} ${notFoundPagePath(DEFAULT_LANGUAGE)} =404;
  }

  location / {
${indent(methodGuard(pageHeaders), 2)}
  }

  location ${HASHED_ASSETS_PREFIX} {
${indent([...methodGuard(assetHeaders), ...addHeaders(assetHeaders)], 2)}
  }

  # Not pages, as in the Node server: dotfiles (but .well-known) and the precompressed siblings themselves.
  location ~ (/\\.(?!well-known/)|\\.(${PRECOMPRESSED_ENCODINGS.map(({ suffix }) => suffix.slice(1)).join('|')})$) {
${indent([...methodGuard(pageHeaders), 'return 404;'], 2)}
  }${gateLocations}
}`;
}

function defaultServer({
  listen,
  indexRoot,
  serving,
}: {
  listen: string;
  indexRoot?: string;
  serving: ServingOptions;
}): string {
  const headers = responseHeaders('/', serving);
  const home = indexRoot ? 'try_files /index.html =404;' : 'return 404;';
  return `# Bare localhost, an IP address or a host no site claims.
server {
  listen ${listen} default_server;
  server_name _;
${indexRoot ? `  root ${quoted(indexRoot)};\n` : ''}${indent(commonDirectives(headers), 1)}

  location = / {
${indent([...methodGuard(headers), home], 2)}
  }

  location / {
${indent([...methodGuard(headers), 'return 404;'], 2)}
  }
}`;
}

const NOT_FOUND_PAGE_VARIABLE = '$bfp_not_found_page';

/** Which 404 page a missing address gets: its language's (as the Node server chooses), then the English one. */
function notFoundPageMap(): string {
  const others = LANGUAGES.filter((language) => language !== DEFAULT_LANGUAGE);
  return `map $uri ${NOT_FOUND_PAGE_VARIABLE} {
${indent([...others.map((language) => `~^${SITE_PATHS[language].home} ${notFoundPagePath(language)};`), `default ${notFoundPagePath(DEFAULT_LANGUAGE)};`], 1)}
}`;
}

/** The partner sites' part of an `http {}` block: a default server, one server per site, and optionally previews. */
export function renderSitesConfig({
  listen,
  sitesDir,
  sites,
  cmsOrigin,
  https = false,
  previews = false,
  previewGrantsOrigin = cmsOrigin,
  indexRoot,
  warn = (line) => console.warn(line),
}: SitesConfigOptions): string {
  const at = String(listen);
  const root = path.resolve(sitesDir);
  const blocks = [
    notFoundPageMap(),
    defaultServer({ listen: at, indexRoot: indexRoot && path.resolve(indexRoot), serving: { cmsOrigin, https } }),
  ];
  const claimed = new Map<string, string>();
  for (const site of servableSites(sites, warn)) {
    const serverNames = site.serverNames.filter((name) => {
      const owner = claimed.get(name);
      if (owner === undefined) {
        claimed.set(name, site.slug);
        return true;
      }
      // nginx would only warn and serve the first site for both: the second council's visitors would see another's.
      warn(`Site "${site.slug}": left out the name ${name}, which site "${owner}" already has.`);
      return false;
    });
    if (serverNames.length)
      blocks.push(
        siteServer({
          listen: at,
          serverNames,
          root: path.join(root, 'live', site.slug),
          serving: { cmsOrigin, https },
        }),
      );
    if (previews) {
      blocks.push(
        siteServer({
          listen: at,
          serverNames: [previewHost(site.slug)],
          root: path.join(root, 'preview', site.slug),
          serving: { cmsOrigin, https, preview: true },
          gate: { slug: site.slug, grantsOrigin: previewGrantsOrigin },
        }),
      );
    }
  }
  return `# Partner sites, rendered by @bfp/static-host from its serving definition (headers.ts).\n${blocks.join('\n\n')}\n`;
}

/** Sites without a usable slug are left out; a site keeps the names that pass the host-name rule. */
function servableSites(sites: readonly SiteAddress[], warn: (line: string) => void): SiteAddress[] {
  return sites.flatMap((site) => {
    const problems = siteAddressProblems(site);
    for (const problem of problems) warn(`${problem} Left out of nginx's config; the other sites are served.`);
    if (!isPartnerSlug(site.slug)) return [];
    return [{ slug: site.slug, serverNames: site.serverNames.filter(isNormalisedHostName) }];
  });
}
