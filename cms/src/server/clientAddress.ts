import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/**
 * Who sent a request: the socket's peer, unless that peer is one of TRUSTED_PROXIES, in which case the nearest
 * X-Forwarded-For entry that is not itself a trusted proxy (proxy-addr, Express's implementation of exactly this).
 * Entries to the left of that are whatever the client typed and are never believed.
 */
export function clientAddressResolver(trustedProxies: readonly string[]): (req: IncomingMessage) => string {
  const trust = proxyaddr.compile([...trustedProxies]);
  return (req) => proxyaddr(req, trust);
}
