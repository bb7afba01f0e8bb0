import http from 'node:http';
import zlib from 'node:zlib';

export interface SiteResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Decoded according to Content-Encoding. */
  body: string;
  rawLength: number;
}

/**
 * Node cannot resolve *.localhost (browsers and curl map it to loopback themselves), so this connects to 127.0.0.1
 * and names the site in the Host header. The path is sent exactly as given, malformed or not.
 */
export function siteRequest({
  port,
  host,
  path,
  method = 'GET',
  headers = {},
}: {
  port: number;
  host: string;
  path: string;
  method?: string;
  headers?: Record<string, string>;
}): Promise<SiteResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path, method, headers: { host, ...headers }, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const encoding = res.headers['content-encoding'];
          const decoded =
            encoding === 'br' ? zlib.brotliDecompressSync(raw) : encoding === 'gzip' ? zlib.gunzipSync(raw) : raw;
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: decoded.toString('utf8'),
            rawLength: raw.length,
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}
