/**
 * One CMS web instance: Next (the admin and the REST/GraphQL API) behind a small Node server of our own, because two
 * things need the socket, which Next's route handlers never see: the client's real address (X-Forwarded-For is
 * replaced by the one address worked out from the socket and TRUSTED_PROXIES, so the enquiry rate limit cannot be
 * dodged by writing the header) and a graceful stop (SIGTERM: /api/ready turns 503 so the load balancer moves away,
 * requests in flight finish, then the process exits). It never runs jobs: that is the worker's work.
 */
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { readCmsEnvOrExit } from '../env.ts';
import { clientAddressResolver } from '../server/clientAddress.ts';
import { mayHoldPersonalData, securityHeaders } from '../server/securityHeaders.ts';
import { loopbackAliasRedirect } from '../server/loopbackRedirect.ts';

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Longest a request in flight may take to finish after SIGTERM before the process exits anyway. */
const DRAIN_TIMEOUT_MS = 20_000;

const env = readCmsEnvOrExit();

const port = Number(process.env.CMS_PORT || 3000);
const host = env.cmsHost;
const app = next({ dev: false, dir: cmsRoot, hostname: host, port });
await app.prepare();
const handle = app.getRequestHandler();
const clientAddress = clientAddressResolver(env.trustedProxies);
const headers = Object.entries(securityHeaders(env.runtime));

let draining = false;
const server = http.createServer((req, res) => {
  req.headers['x-forwarded-for'] = clientAddress(req);
  delete req.headers['x-real-ip'];
  for (const [name, value] of headers) res.setHeader(name, value);
  // Set before Next runs, so a handler's own Cache-Control (the enquiry endpoint's, say) still wins.
  if (mayHoldPersonalData(req.url ?? '')) res.setHeader('Cache-Control', 'no-store');
  const canonical = loopbackAliasRedirect({ method: req.method, url: req.url, host: req.headers.host }, env.serverUrl);
  if (canonical) {
    res.writeHead(307, { Location: canonical }).end();
    return;
  }
  if (draining) {
    res.setHeader('Connection', 'close');
    if (req.url?.startsWith('/api/ready')) {
      res
        .writeHead(503, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
        .end('{"ready":false,"reason":"shutting down"}');
      return;
    }
  }
  handle(req, res).catch((error: Error) => {
    console.error(`[serve] ${req.method} ${req.url}: ${error.message}`);
    if (!res.headersSent) res.writeHead(500).end();
  });
});
// Next's own server uses these; behind nginx's keep-alive pool they must outlast its idle timeout.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, host, () =>
  console.log(
    `[serve] CMS web instance ready on http://${host === '0.0.0.0' ? 'localhost' : host}:${port} (pid ${process.pid})`,
  ),
);

function drain(signal: string) {
  if (draining) return;
  draining = true;
  console.log(`[serve] ${signal}: finishing requests in flight, taking no new ones`);
  server.close(() => {
    console.log('[serve] stopped');
    process.exit(0);
  });
  server.closeIdleConnections();
  setTimeout(() => {
    console.error(`[serve] requests still open after ${DRAIN_TIMEOUT_MS / 1000} s; exiting`);
    process.exit(1);
  }, DRAIN_TIMEOUT_MS).unref();
}
process.on('SIGTERM', () => drain('SIGTERM'));
process.on('SIGINT', () => drain('SIGINT'));
