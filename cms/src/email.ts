import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodemailerAdapter } from '@payloadcms/email-nodemailer';
import nodemailer from 'nodemailer';
import type { EmailAdapter } from 'payload';

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const mailDir = (env: NodeJS.ProcessEnv = process.env) => env.MAIL_DIR || path.join(cmsRoot, 'data', 'mail');

/** A nodemailer transport that writes each message as an .eml file a developer can open in any mail program. */
function emlFileTransport(dir: string) {
  return nodemailer.createTransport({
    name: 'eml-file',
    version: '1',
    send(mail: { message: { build: (cb: (error: Error | null, message: Buffer) => void) => void; getEnvelope: () => unknown; messageId: () => string } }, done: (error: Error | null, info?: unknown) => void) {
      const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${Math.random().toString(36).slice(2, 8)}.eml`);
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
 * SMTP when SMTP_HOST is set (production, and the tests' loopback SMTP server); otherwise every message is written
 * as an .eml file under cms/data/mail/ (MAIL_DIR).
 */
export function emailAdapter(env: NodeJS.ProcessEnv = process.env): Promise<EmailAdapter> {
  const defaults = {
    defaultFromAddress: env.MAIL_FROM || 'no-reply@bigfosteringpartnership.example',
    defaultFromName: 'Big Fostering Partnership',
    skipVerify: true,
  };
  if (!env.SMTP_HOST) return nodemailerAdapter({ ...defaults, transport: emlFileTransport(mailDir(env)) });
  return nodemailerAdapter({
    ...defaults,
    transportOptions: {
      host: env.SMTP_HOST,
      port: Number(env.SMTP_PORT || 587),
      secure: env.SMTP_SECURE === 'true',
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined,
      // A loopback test server or an internal relay may present a self-signed certificate.
      tls: { rejectUnauthorized: env.SMTP_TLS_REJECT_UNAUTHORIZED !== 'false' },
    },
  });
}
