import http from 'node:http';

/**
 * GET from the sites server with a Host header. Node cannot resolve *.localhost names (browsers and curl map them to
 * loopback themselves), so this connects to 127.0.0.1 and says which site it wants.
 */
export function getFromSite(
  port: number,
  host: string,
  pathname: string,
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: pathname, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}
