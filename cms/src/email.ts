import fs from 'node:fs/promises';
import path from 'node:path';
import { nodemailerAdapter } from '@payloadcms/email-nodemailer';
import nodemailer from 'nodemailer';
import type { EmailAdapter } from 'payload';
import type { CmsEnv } from './env.ts';

/** A nodemailer transport that writes each message as an .eml file a developer can open in any mail program. */
function emlFileTransport(dir: string) {
  return nodemailer.createTransport({
    name: 'eml-file',
    version: '1',
    send(
      mail: {
        message: {
          build: (cb: (error: Error | null, message: Buffer) => void) => void;
          getEnvelope: () => unknown;
          messageId: () => string;
        };
      },
      done: (error: Error | null, info?: unknown) => void,
    ) {
      const file = path.join(
        dir,
        `${new Date().toISOString().replace(/[:.]/g, '-')}-${Math.random().toString(36).slice(2, 8)}.eml`,
      );
      mail.message.build((buildError: Error | null, message: Buffer) => {
        if (buildError) return done(buildError);
        fs.mkdir(dir, { recursive: true })
          .then(() => fs.writeFile(file, message))
          .then(() => done(null, { envelope: mail.message.getEnvelope(), messageId: mail.message.messageId(), file }))
          .catch(done);
      });
    },
  } as never);
}

/**
 * SMTP when SMTP_HOST is set (production requires it, and the tests' loopback SMTP server uses it); otherwise every
 * message is written as an .eml file under cms/data/mail/ (MAIL_DIR).
 */
export function emailAdapter(env: CmsEnv): Promise<EmailAdapter> {
  const defaults = { defaultFromAddress: env.mailFrom, defaultFromName: 'Big Fostering Partnership', skipVerify: true };
  if (!env.smtp) return nodemailerAdapter({ ...defaults, transport: emlFileTransport(env.mailDir) });
  const { host, port, secure, user, pass, rejectUnauthorized } = env.smtp;
  return nodemailerAdapter({
    ...defaults,
    // A pool: connections kept open and reused, as many as the worker sends at once. A burst of enquiries is
    // thousands of messages, and a new connection (and TLS handshake) per message was most of what each one cost.
    transport: nodemailer.createTransport({
      pool: true,
      maxConnections: env.emailDelivery.concurrency,
      host,
      port,
      secure,
      auth: user ? { user, pass } : undefined,
      tls: { rejectUnauthorized },
      // nodemailer waits up to 10 minutes on a silent socket by default; an attempt must end well inside the outbox's
      // claim on the message, or a second worker could take it over while the first is still talking to the relay.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    }),
  });
}
