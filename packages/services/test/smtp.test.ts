import nodemailer from 'nodemailer';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSmtpServer, type SmtpServer } from '../src/smtp.ts';
import { testPort } from '../src/testPorts.ts';

let smtp: SmtpServer;

// No retries and short timeouts: a test of "the relay is down" should fail fast, as a job attempt would.
const transport = () =>
  nodemailer.createTransport({
    host: '127.0.0.1',
    port: smtp.port,
    secure: false,
    ignoreTLS: true,
    connectionTimeout: 2000,
    greetingTimeout: 2000,
  });
const send = (subject: string) =>
  transport().sendMail({
    from: 'cms@bfp.example.org',
    to: 'Team <team@dudley.example.org>',
    bcc: 'audit@bfp.example.org',
    subject,
    text: 'Hello',
  });

beforeAll(async () => {
  smtp = await startSmtpServer();
});

afterAll(async () => {
  await smtp?.stop();
});

it("records each message's Message-ID, decoded subject and recipients", async () => {
  const info = await send('New enquiry — Dudley (ref ABC-123)');
  expect(smtp.messages).toHaveLength(1);
  const [mail] = smtp.messages;
  expect(mail!.messageId).toBe(info.messageId);
  expect(mail!.subject).toBe('New enquiry — Dudley (ref ABC-123)');
  expect(mail!.to).toEqual(['team@dudley.example.org', 'audit@bfp.example.org']);
  expect(mail!.from).toBe('cms@bfp.example.org');
  expect(mail!.raw).toContain('Hello');
});

it('goes down and comes back on the same port', async () => {
  const port = smtp.port;
  await smtp.stop();
  await expect(send('while down')).rejects.toMatchObject({ code: 'ESOCKET' });
  await smtp.start();
  expect(smtp.port).toBe(port);
  await send('after coming back');
  expect(smtp.messages.map((mail) => mail.subject)).toContain('after coming back');
  expect(smtp.messages.map((mail) => mail.subject)).not.toContain('while down');
});

it('refuses mail with 421 at the greeting while the port stays open, then accepts again', async () => {
  smtp.refuseMail({ code: 421 });
  await expect(send('refused at greeting')).rejects.toMatchObject({ responseCode: 421 });
  smtp.acceptMail();
  await send('accepted again');
  expect(smtp.messages.map((mail) => mail.subject)).toEqual(expect.arrayContaining(['accepted again']));
  expect(smtp.messages.map((mail) => mail.subject)).not.toContain('refused at greeting');
});

it('defers mail with 451 at MAIL FROM', async () => {
  smtp.refuseMail({ code: 451 });
  await expect(send('deferred')).rejects.toMatchObject({ responseCode: 451 });
  smtp.acceptMail();
  expect(smtp.messages.map((mail) => mail.subject)).not.toContain('deferred');
});

it('listens on a port it was given', async () => {
  const fixed = await startSmtpServer({ port: testPort(2590) });
  try {
    expect(fixed.port).toBe(testPort(2590));
  } finally {
    await fixed.stop();
  }
});

it('as a slow relay answers each message after its delay, and keeps nothing from a sender that hung up first', async () => {
  smtp.setDelay(400);
  try {
    const started = Date.now();
    await send('slow but accepted');
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(smtp.messages.map((mail) => mail.subject)).toContain('slow but accepted');
    // A sender that gives up (or dies) while the relay takes its time never had the message accepted.
    const impatient = nodemailer.createTransport({
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      ignoreTLS: true,
      socketTimeout: 100,
    });
    await expect(
      impatient.sendMail({
        from: 'cms@bfp.example.org',
        to: 'team@dudley.example.org',
        subject: 'hung up',
        text: 'Hello',
      }),
    ).rejects.toMatchObject({ code: 'ETIMEDOUT' });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(smtp.messages.map((mail) => mail.subject)).not.toContain('hung up');
  } finally {
    smtp.setDelay(0);
  }
});
