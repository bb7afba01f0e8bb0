/**
 * npm run create-admin --workspace=@bfp/cms -- --email someone@example.org [--name "Their Name"]
 *
 * Creates an admin account: how a production database gets its first admin (the web's first-register is refused
 * there; see collections/Users/firstAdmin.ts), and how an operator adds one later. The password is read from stdin:
 * typed, without echo, twice, at a terminal; or piped in (`printf '%s' "$PASSWORD" | npm run create-admin …`) by a
 * provisioning script. Not a one-time link: a link printed to a console lands in scrollback and logs, and until it
 * is used whoever holds it can claim the account, which is the take-over this command exists to close.
 *
 * Runs against the database the environment names (DATABASE_URL, as every CMS process), applying committed
 * migrations first, as a web instance would. Success is judged by reading the account back, not by an exit code.
 */
import { parseArgs } from 'node:util';
import { readCmsEnvOrExit } from '../env.ts';
import { emailProblem, passwordProblem } from '../collections/Users/firstAdmin.ts';

const EX_USAGE = 64;
const EX_DATAERR = 65;

function fail(message: string, code: number): never {
  console.error(`create-admin: ${message}`);
  process.exit(code);
}

let args: { email?: string; name?: string };
try {
  ({ values: args } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  fail(
    `${(error as Error).message}\nUsage: npm run create-admin --workspace=@bfp/cms -- --email someone@example.org [--name "Their Name"]`,
    EX_USAGE,
  );
}
const email = args.email?.trim().toLowerCase();
const emailIssue = emailProblem(email);
if (emailIssue) fail(emailIssue, EX_USAGE);

/** One line typed at the terminal, not echoed. Ctrl-C stops the command. */
function readHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve) => {
    let typed = '';
    const done = (value: string) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') return done(typed);
        if (char === '\u0003') {
          stdin.setRawMode(false);
          process.stderr.write('\n');
          process.exit(130);
        }
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
    };
    stdin.on('data', onData);
  });
}

async function readPiped(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  // `echo` adds one line ending; anything else is the password as given.
  return text.replace(/\r?\n$/, '');
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readPiped();
  const first = await readHidden(`Password for ${email} (not shown): `);
  const problem = passwordProblem(first, email!);
  if (problem) fail(problem, EX_DATAERR);
  const again = await readHidden('The same password again: ');
  if (again !== first) fail('The two passwords differ: nothing was created. Run the command again.', EX_DATAERR);
  return first;
}

const password = await readPassword();
const passwordIssue = passwordProblem(password, email!);
if (passwordIssue) fail(passwordIssue, EX_DATAERR);

const env = readCmsEnvOrExit();
// Loaded only now, so bad input is refused in a second rather than after Payload's start-up.
const { getPayload } = await import('payload');
const { default: config } = await import('../payload.config.ts');
const payload = await getPayload({ config });
let code = 0;
try {
  const existing = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  });
  if (existing.docs.length) {
    console.error(
      `create-admin: ${email} already has an account (role ${existing.docs[0]!.role}); nothing was changed. An admin can change its role or password in the admin.`,
    );
    code = 1;
  } else {
    await payload.create({
      collection: 'users',
      data: { email: email!, password, role: 'admin', ...(args.name ? { name: args.name.trim() } : {}) },
      overrideAccess: true,
    });
    const created = await payload.find({
      collection: 'users',
      where: { email: { equals: email }, role: { equals: 'admin' } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    });
    const admin = created.docs[0];
    if (!admin) {
      console.error(
        `create-admin: the account for ${email} was not found after creating it; check the database (${env.databaseKind}).`,
      );
      code = 1;
    } else {
      console.log(
        `Created admin ${admin.email} (id ${admin.id}) in the ${env.databaseKind} database. Sign in at ${env.serverUrl}/admin`,
      );
    }
  }
} finally {
  await payload.destroy();
}
process.exit(code);
