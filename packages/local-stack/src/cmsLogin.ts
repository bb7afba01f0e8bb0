import { DEMO_PASSWORD } from '@bfp/cms/demo-users';

/** Logs a (demo) user in over REST and returns the JWT, for tests and benchmarks that act as that user. */
export async function loginToken(cmsUrl: string, email: string, password: string = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login as ${email}: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}
