/**
 * nginx in front of the CMS web instances: one definition, rendered for `npm run cluster`, the drills and the
 * benchmark, and the model for a real deployment's config (docs/operator.md, "Deploy").
 */
export interface CmsProxyOptions {
  /** Where nginx listens, e.g. 127.0.0.1:8080. */
  listen: string;
  /** host:port of each web instance. */
  instances: string[];
  /** After one failed attempt an instance is left out for this long, then tried again. */
  failTimeoutSeconds?: number;
}

/** The one POST a second instance may be sent again: its Idempotency-Key makes a replay answer the first reply. */
export const RETRIED_POST_PATH = '/api/enquiries/submit';

const proxyDirectives = (nextUpstream: string) =>
  [
    'proxy_pass http://bfp_cms;',
    'proxy_http_version 1.1;',
    'proxy_set_header Connection "";',
    'proxy_set_header Host $http_host;',
    // nginx is the edge: it REPLACES X-Forwarded-For with the peer it saw, so nothing a client writes reaches the
    // CMS, which believes the header only from this proxy (TRUSTED_PROXIES). Behind a CDN, use the realip module
    // to take the CDN's header first.
    'proxy_set_header X-Forwarded-For $remote_addr;',
    'proxy_set_header X-Forwarded-Proto $scheme;',
    `proxy_next_upstream ${nextUpstream};`,
    'proxy_next_upstream_tries 3;',
    'proxy_connect_timeout 2s;',
    'proxy_read_timeout 60s;',
  ]
    .map((line) => `        ${line}`)
    .join('\n');

export function renderCmsProxyConfig({ listen, instances, failTimeoutSeconds = 5 }: CmsProxyOptions): string {
  if (!instances.length) throw new Error('nginx needs at least one CMS instance to send requests to');
  const servers = instances
    .map((instance) => `    server ${instance} max_fails=1 fail_timeout=${failTimeoutSeconds}s;`)
    .join('\n');
  return `# Rendered by packages/cluster/src/nginxConfig.ts: edit that, not this file.
upstream bfp_cms {
${servers}
    keepalive 32;
}

server {
    listen ${listen};
    server_name _;
    # Media uploads through the admin.
    client_max_body_size 20m;
    server_tokens off;

    # The health check: an instance that refuses or drops a connection (killed, restarting, draining after SIGTERM)
    # is skipped for fail_timeout and the request goes to the next one. Only GET, HEAD and the like are sent again
    # (nginx never replays POST, PATCH or DELETE without non_idempotent): an upload, an erasure or a save that one
    # instance may already have done must not be done twice. A request that dies with its instance answers 502 and
    # the editor retries it knowingly.
    location / {
${proxyDirectives('error timeout http_502 http_504')}
    }

    # The enquiry endpoint is the exception: every enquiry carries an idempotency key (the browser's, or the form's
    # content key), so a retry of one the dead instance had already stored answers with the same reference instead of
    # filing it twice, and a carer's enquiry survives an instance dying under it.
    location = ${RETRIED_POST_PATH} {
${proxyDirectives('error timeout http_502 http_504 non_idempotent')}
    }
}
`;
}
