import http from 'node:http';
import crypto from 'node:crypto';
import { ELIGIBLE_ANSWERS } from '@bfp/eligibility/fixtures';

/**
 * Carers' browsers for the drills and the benchmark: each posts an enquiry with its own Idempotency-Key (as the real
 * form does) from its own loopback address (the whole of 127.0.0.0/8 is this machine), and, like the form's "try
 * again" message asks, sends the same enquiry with the same key again after a network error or a 5xx.
 */
export interface EnquiryOutcome {
  key: string;
  email: string;
  /** Every status seen, first to last (0 = no answer: connection refused or dropped). */
  statuses: number[];
  reference?: string;
  /** When the 200/201 arrived (ms since the epoch): the moment the carer was told the enquiry was received. */
  acknowledgedAt?: number;
}

export function enquiryBody(n: number, run: string) {
  return {
    partner: n % 2 ? 'dudley' : 'staffordshire',
    answers: {
      postcode: n % 2 ? 'DY1 1AA' : 'ST16 3AA',
      ...ELIGIBLE_ANSWERS,
    },
    contact: {
      fullName: `Drill Carer ${n}`,
      email: `carer.${run}.${n}@example.com`,
      phone: '01632 960 001',
      consent: true,
    },
    privacyNoticeVersion: '2026-11',
  };
}

/** One POST over a fresh connection from `localAddress`; status 0 when no HTTP answer came back. */
export function postEnquiry({
  url,
  body,
  key,
  localAddress,
  headers = {},
}: {
  url: string;
  body: unknown;
  key?: string;
  localAddress?: string;
  headers?: Record<string, string>;
}): Promise<{ status: number; json?: { reference?: string; message?: string } }> {
  const target = new URL(url);
  const payload = JSON.stringify(body);
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: 'POST',
        localAddress,
        agent: false,
        timeout: 60_000,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(payload),
          ...(key ? { 'Idempotency-Key': key } : {}),
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          let json;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, json });
        });
        res.on('error', () => resolve({ status: 0 }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0 }));
    req.end(payload);
  });
}

/** The address client `i` posts from: 127.0.<1–250>.<1–250>, never nginx's own 127.0.0.1. */
export const clientAddress = (i: number) => `127.0.${1 + (Math.floor(i / 250) % 250)}.${1 + (i % 250)}`;

export async function enquiryBurst({
  url,
  count,
  clients,
  run,
  maxTries = 40,
  retryDelayMs = 500,
}: {
  url: string;
  count: number;
  clients: number;
  run: string;
  maxTries?: number;
  retryDelayMs?: number;
}): Promise<EnquiryOutcome[]> {
  const outcomes: EnquiryOutcome[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let n = next++; n < count; n = next++) {
        const body = enquiryBody(n, run);
        const outcome: EnquiryOutcome = { key: crypto.randomUUID(), email: body.contact.email, statuses: [] };
        outcomes.push(outcome);
        for (let attempt = 0; attempt < maxTries; attempt++) {
          const { status, json } = await postEnquiry({
            url,
            body,
            key: outcome.key,
            localAddress: clientAddress(client),
          });
          outcome.statuses.push(status);
          if (status === 200 || status === 201) {
            outcome.reference = json?.reference;
            outcome.acknowledgedAt = Date.now();
            break;
          }
          if (status >= 400 && status < 500) break; // the enquiry itself is wrong: retrying cannot help
          await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
        }
      }
    }),
  );
  return outcomes;
}
