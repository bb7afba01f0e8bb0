import type { IncomingMessage } from 'node:http';
import { expect, it } from 'vitest';
import { clientAddressResolver } from '../../src/server/clientAddress.ts';

const request = (peer: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress: peer },
    connection: { remoteAddress: peer },
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  }) as unknown as IncomingMessage;

it('ignores X-Forwarded-For when no proxy is trusted: a client cannot pick its own address', () => {
  const resolve = clientAddressResolver([]);
  expect(resolve(request('203.0.113.9', '10.1.1.1'))).toBe('203.0.113.9');
});

it('believes the entry the trusted proxy appended, and nothing a client wrote to its left', () => {
  const resolve = clientAddressResolver(['127.0.0.1']);
  expect(resolve(request('127.0.0.1', '198.51.100.7'))).toBe('198.51.100.7');
  expect(resolve(request('127.0.0.1', '10.9.9.9, 198.51.100.7'))).toBe('198.51.100.7');
  // A request straight to the instance, bypassing the proxy, is its own peer.
  expect(resolve(request('192.0.2.40', '198.51.100.7'))).toBe('192.0.2.40');
});

it('accepts CIDR ranges for a tier of proxies', () => {
  const resolve = clientAddressResolver(['10.0.0.0/8']);
  expect(resolve(request('10.0.0.2', '203.0.113.5, 10.0.0.1'))).toBe('203.0.113.5');
});
