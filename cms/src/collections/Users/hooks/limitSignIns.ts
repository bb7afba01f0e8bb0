import crypto from 'node:crypto';
import { promisify } from 'node:util';
import {
  APIError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload';
import { readCmsEnv } from '../../../env.ts';
import { clientAddress, databaseRateLimiter, type RateLimiter } from '../../RateLimitWindows/limiter.ts';

const { loginRateLimit } = readCmsEnv();
const signIns = databaseRateLimiter({ scope: 'login', ...loginRateLimit });
const passwordResets = databaseRateLimiter({ scope: 'password-reset', ...loginRateLimit });
const pbkdf2 = promisify(crypto.pbkdf2);

// Payload 3.90's current password hash (pbkdf2-sha256-v1): 600,000 rounds, 32 bytes. Hashing the password given with
// the same cost makes a sign-in to an address with no account take as long as a wrong password for a real one.
const HASH_ROUNDS = 600_000;
const HASH_BYTES = 32;
const TAKEN_AT = 'signInAttemptTakenAt';

async function take(limiter: RateLimiter, req: PayloadRequest, what: string): Promise<number> {
  const takenAt = Date.now();
  const retryAfter = await limiter.take(req.payload, clientAddress(req), takenAt);
  if (retryAfter === null) return takenAt;
  const minutes = Math.ceil(retryAfter / 60);
  // routeError adds these headers to the error response.
  req.responseHeaders = new Headers({ 'Retry-After': String(retryAfter) });
  throw new APIError(
    `Too many ${what} from your network. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again, or ask an admin to reset your password.`,
    429,
    null,
    true,
  );
}

async function accountExists(req: PayloadRequest, email: unknown): Promise<boolean> {
  if (typeof email !== 'string') return false;
  return Boolean(
    await req.payload.db.findOne({
      collection: 'users',
      req,
      where: { email: { equals: email.toLowerCase().trim() } },
    }),
  );
}

/**
 * Payload's lock-out (five failures lock the account for everyone) let any anonymous caller lock an admin out, and
 * its "locked" answer told which addresses have accounts. The lock is off (`maxLoginAttempts: 0`); instead failed
 * sign-ins are limited per client address, in the database so every instance counts them, on the operation itself so
 * REST, GraphQL and the Local API are limited alike. Each attempt is counted before it runs, so parallel guesses
 * cannot slip past the limit, and given back when it succeeds (afterLogin), so a council office sharing one address
 * is not slowed by its own staff signing in. Password-reset requests (which send e-mail) count and are never given back.
 */
export const limitSignIns: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation === 'forgotPassword') {
    await take(passwordResets, req, 'password-reset requests');
    return args;
  }
  if (operation !== 'login') return args;
  req.context[TAKEN_AT] = await take(signIns, req, 'failed sign-ins');
  // Payload then looks the address up again and, only when it exists, hashes the password given: with this, both
  // cases make two lookups and one hash.
  const password = (args as { data?: { password?: unknown } }).data?.password;
  if (!(await accountExists(req, (args as { data?: { email?: unknown } }).data?.email))) {
    await pbkdf2(
      typeof password === 'string' ? password : '',
      crypto.randomBytes(32).toString('hex'),
      HASH_ROUNDS,
      HASH_BYTES,
      'sha256',
    );
  }
  return args;
};

export const forgiveSuccessfulSignIn: CollectionAfterLoginHook = async ({ req }) => {
  const takenAt = req.context[TAKEN_AT];
  if (typeof takenAt === 'number') await signIns.giveBack(req.payload, clientAddress(req), takenAt);
};
