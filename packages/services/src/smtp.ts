import libmime from 'libmime';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope's sender and recipients (Bcc included), as the relay was told them. */
  from: string;
  to: string[];
  /** The Message-ID header, angle brackets included, as nodemailer's `info.messageId` gives it. */
  messageId: string | undefined;
  /** The Subject header, decoded from MIME encoded-words. */
  subject: string | undefined;
  /** The message exactly as received, headers and body. */
  raw: string;
}

/**
 * 421 at the greeting: the relay is there but will not talk (closing the connection); 451 at MAIL FROM: it talks but
 * defers every message. Both are temporary failures a sender must retry later; neither loses the connection attempt.
 */
export type RefusalCode = 421 | 451;

export interface SmtpServer {
  port: number;
  /** Every message received, in order (the array given to startSmtpServer, when one was). */
  messages: ReceivedMail[];
  /** Closes the port: senders get "connection refused", as when the relay is down. */
  stop: () => Promise<void>;
  /** Listens again on the same port. */
  start: () => Promise<void>;
  /** Keeps the port open but refuses every message with a temporary error until acceptMail(). */
  refuseMail: (options?: { code?: RefusalCode }) => void;
  acceptMail: () => void;
  /** How long the relay takes over each message before it answers (0: at once). */
  setDelay: (ms: number) => void;
}

function temporaryFailure(code: RefusalCode): Error {
  const error = new Error(
    code === 421 ? 'Service not available, try again later' : 'Mail deferred, try again later',
  ) as Error & { responseCode: number };
  error.responseCode = code;
  return error;
}

function parseMessage({ raw, session }: { raw: string; session: SMTPServerSession }): ReceivedMail {
  const headerEnd = raw.search(/\r?\n\r?\n/);
  const headers = libmime.decodeHeaders(headerEnd === -1 ? raw : raw.slice(0, headerEnd));
  const first = (name: string) => {
    const value = headers[name]?.[0];
    return typeof value === 'string' ? value.trim() : undefined;
  };
  const subject = first('subject');
  return {
    from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
    to: session.envelope.rcptTo.map((recipient) => recipient.address),
    messageId: first('message-id'),
    subject: subject === undefined ? undefined : libmime.decodeWords(subject),
    raw,
  };
}

/**
 * A real SMTP server on loopback that keeps every message it receives, and can go down and come back. With a delay
 * (`delayMs`, `setDelay`) it is a slow relay: each message is accepted only after the delay, and only if the sender is
 * still connected then, as a relay answers 250 at the end of DATA and keeps nothing from a sender that hung up first.
 */
export async function startSmtpServer({
  port: wanted = 0,
  messages = [],
  delayMs = 0,
}: { port?: number; messages?: ReceivedMail[]; delayMs?: number } = {}): Promise<SmtpServer> {
  let refusing: RefusalCode | undefined;
  let delay = delayMs;
  const closedSessions = new Set<string>();
  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      // A closed server stops within a second, not after smtp-server's default 30 s grace for open sessions.
      closeTimeout: 1000,
      onConnect(_session, callback) {
        callback(refusing === 421 ? temporaryFailure(421) : undefined);
      },
      onMailFrom(_address, _session, callback) {
        callback(refusing === 451 ? temporaryFailure(451) : undefined);
      },
      onData(stream, session, callback) {
        let raw = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk: string) => (raw += chunk));
        stream.on('end', () => {
          const accept = () => {
            if (closedSessions.has(session.id))
              return callback(new Error('The sender hung up before the message was accepted'));
            messages.push(parseMessage({ raw, session }));
            callback();
          };
          if (delay > 0) setTimeout(accept, delay);
          else accept();
        });
      },
      onClose(session) {
        if (delay > 0) closedSessions.add(session.id);
      },
    });

  let port = wanted;
  let server: SMTPServer | undefined;
  // A new SMTPServer each time: one that was closed answers every later session "421 Server shutting down".
  const start = () =>
    new Promise<void>((resolve, reject) => {
      if (server) return resolve();
      const starting = create();
      // A client that vanishes mid-session (a worker killed with -9, holding pooled connections) resets its socket;
      // a relay logs that and goes on. Without a listener smtp-server's 'error' event would end the test process.
      starting.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') console.error(`[smtp] ${error.message}`);
      });
      starting.server.once('error', reject);
      starting.listen(port, '127.0.0.1', () => {
        starting.server.off('error', reject);
        port = (starting.server.address() as { port: number }).port;
        server = starting;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      const stopping = server;
      server = undefined;
      if (!stopping) return resolve();
      stopping.close(() => resolve());
    });
  await start();

  return {
    get port() {
      return port;
    },
    messages,
    stop,
    start,
    refuseMail: ({ code = 421 } = {}) => {
      refusing = code;
    },
    acceptMail: () => {
      refusing = undefined;
    },
    setDelay: (ms) => {
      delay = ms;
    },
  };
}
