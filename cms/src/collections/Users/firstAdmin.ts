/**
 * How the first admin of a production database comes to exist: by the operator, on the server, never over the web.
 * Payload's `POST /api/users/first-register` answers whoever calls it first on an empty users table and creates that
 * user with access overridden (a `role: "admin"` in the body is kept), and a production database starts empty
 * (no demo users are seeded there). So production refuses it outright, and the admin's "create first user" screen
 * says to run this command instead.
 */
export const CREATE_ADMIN_COMMAND = 'npm run create-admin --workspace=@bfp/cms -- --email <address>';

export const FIRST_REGISTER_REFUSED = `This CMS does not create its first user over the web. On the server, run: ${CREATE_ADMIN_COMMAND}`;

const MIN_PASSWORD_LENGTH = 12;
// Payload refuses longer passwords itself (hashing cost); said here first so the operator sees the reason.
const MAX_PASSWORD_LENGTH = 1000;
// Passwords printed in this repository or the first a person tries: an admin's password must be none of them.
const KNOWN_PASSWORDS = [
  'demo-password-change-me',
  'password',
  'changeme',
  'change-me',
  'letmein',
  'administrator',
  'qwertyuiop',
  '123456789012',
];

/** A message naming what is wrong with the address, or null when it will do. */
export function emailProblem(email: string | undefined): string | null {
  if (!email) return 'Say whose account this is: --email someone@example.org';
  if (!/^[^\s@<>"]+@[^\s@<>".]+(\.[^\s@<>".]+)+$/.test(email))
    return `"${email}" is not an e-mail address (expected something like someone@example.org).`;
  return null;
}

/** A message naming what is wrong with an admin's password, or null when it will do. */
export function passwordProblem(password: string, email: string): string | null {
  if (!password) return 'The password is empty: type one (it is not shown), or pipe it in on stdin.';
  if (password.length < MIN_PASSWORD_LENGTH)
    return `The password is too short: use at least ${MIN_PASSWORD_LENGTH} characters (a few unrelated words will do).`;
  if (password.length > MAX_PASSWORD_LENGTH)
    return `The password is too long: use at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (/^\s|\s$/.test(password))
    return 'The password starts or ends with a space: sign-in forms and password managers often drop those; leave them out.';
  if (new Set(password).size < 4)
    return 'The password repeats too few characters to be guessed slowly: use at least four different ones.';
  const lower = password.toLowerCase();
  if (KNOWN_PASSWORDS.some((known) => lower === known || lower.startsWith(known)))
    return 'That password is too easy to guess (it is a common or published one): choose another.';
  const localPart = email.split('@')[0]!.toLowerCase();
  if (localPart.length >= 4 && lower.includes(localPart))
    return 'The password contains the e-mail address: choose one that does not.';
  return null;
}
