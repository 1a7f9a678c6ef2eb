// A local SMTP server that keeps what it receives (smtp-server + mailparser): the inbox of `npm run dev`
// (listed at GET /dev/mail, shown by the app's /dev/mail page) and the mail server of the notifier's tests.
// Not for production: it accepts any message, without authentication or TLS, on the loopback interface.
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SinkMessage {
  id: number;
  receivedMs: number;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string | null;
  headers: Record<string, string>;
  /** Every http(s) link in the text part, in order. */
  links: string[];
}

export interface MailSink {
  port: number;
  messages: SinkMessage[];
  /** Resolves with the first message (received already or later) that `match` accepts. */
  waitFor: (match: (m: SinkMessage) => boolean, timeoutMs?: number) => Promise<SinkMessage>;
  /** While true, every message is refused with 421 (a mail server that is down for the tests). */
  setDown: (down: boolean) => void;
  stop: () => Promise<void>;
}

export async function startMailSink({
  port,
  host = '127.0.0.1',
  keep = 500,
}: {
  port: number;
  host?: string;
  keep?: number;
}): Promise<MailSink> {
  const messages: SinkMessage[] = [];
  const waiters = new Set<() => void>();
  let down = false;
  let next = 1;
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    banner: 'Levetrage dev mail sink',
    onConnect(_session, cb) {
      cb(down ? Object.assign(new Error('mail sink is down (test)'), { responseCode: 421 }) : undefined);
    },
    onData(stream, session, cb) {
      simpleParser(stream)
        .then((mail) => {
          const text = mail.text ?? '';
          const headers: Record<string, string> = {};
          for (const [k, v] of mail.headers) if (typeof v === 'string') headers[k] = v;
          messages.push({
            id: next++,
            receivedMs: Date.now(),
            from: mail.from?.text ?? '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? '',
            text,
            html: typeof mail.html === 'string' ? mail.html : '',
            messageId: mail.messageId ?? null,
            headers,
            links: [...text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((m) => m[0]),
          });
          if (messages.length > keep) messages.splice(0, messages.length - keep);
          for (const w of waiters) w();
          cb();
        })
        .catch((e: Error) => cb(e));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  server.on('error', (e) => console.error(`[mail-sink] ${e.message}`));
  return {
    port,
    messages,
    setDown: (d) => {
      down = d;
    },
    waitFor: (match, timeoutMs = 30_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const m = messages.find(match);
          if (m) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(m);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `no matching e-mail within ${timeoutMs} ms; inbox: ${messages.map((m) => `${m.to.join(',')}: ${m.subject}`).join(' | ') || 'empty'}`,
            ),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
