import { afterAll } from 'vitest';

// The integration projects share a worker process between test files (isolate: false), so that Payload's module
// graph is loaded once per worker instead of once per file. What a file sets in the environment (its database, a
// rate limit, an SMTP port) must not be what the next file in that worker starts with.
const environment = { ...process.env };

afterAll(() => {
  for (const name of Object.keys(process.env)) if (!(name in environment)) delete process.env[name];
  Object.assign(process.env, environment);
});
