// Where messages go: an SMTP server (pooled nodemailer) or the embedded `.eml` outbox. Both tell the
// delivery loop the moment a message becomes complete on the other side (`onHanded`), the point after
// which sending it again could make a second copy.
import { existsSync, linkSync, mkdirSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Transform, type TransformCallback } from "node:stream";
import nodemailer from "nodemailer";
import { UsageError, WorkError } from "../errors.ts";

export interface OutgoingMessage {
  /** The briefing's date, YYYY-MM-DD (the outbox folder). */
  date: string;
  from: string;
  to: { address: string; name: string | null };
  subject: string;
  html: string;
  text: string;
  /** With angle brackets. */
  messageId: string;
  listId: { id: string; comment: string };
  /** List-Unsubscribe URIs, https first. */
  unsubscribe: string[];
  oneClick: boolean;
  /** A `--to` test copy: kept apart from subscribers' files in the outbox. */
  testCopy?: boolean;
}

export interface SendResult {
  response: string;
  /** Where it went: the server's reply or the file written. */
  where: string;
  /** The outbox already held this recipient's file (an earlier run, or another store): left as it was. */
  existing?: boolean;
}

export interface Transport {
  readonly kind: "smtp" | "outbox";
  /** For logs and the delivery row: `smtp://host:port` (never the password) or `outbox:/path`. */
  readonly label: string;
  /** Sends one message; calls `onHanded` synchronously just before the message can be complete remotely. */
  send(message: OutgoingMessage, onHanded: () => void): Promise<SendResult>;
  /** Whether a message of an interrupted run arrived, when the transport can tell; null when it cannot. */
  delivered(row: { date: string; email: string }): boolean | null;
  close(): Promise<void>;
}

export interface SmtpOptions {
  /** Connections kept open (and messages in flight). */
  concurrency: number;
  /** Messages per second at most; 0 or undefined: no limit. */
  rate?: number;
  /** Socket timeouts in milliseconds. */
  timeoutMs?: number;
}

/** Query options an SMTP URL may carry: `?tls.rejectUnauthorized=false` (a relay with a self-signed certificate), `?requireTLS=true`. */
const SMTP_URL_OPTIONS = new Set(["tls.rejectUnauthorized", "requireTLS"]);

/** Checks an SMTP URL (smtp:// or smtps://, optional user:password@, host, port); throws UsageError. */
export function parseSmtpUrl(value: string, origin = "--smtp"): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(
      `${origin}: "${maskUrl(value)}" is not a URL; expected smtp://user:pass@host:port or smtps://…`,
    );
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    throw new UsageError(
      `${origin}: unsupported scheme "${url.protocol}" in "${maskUrl(value)}"; use smtp:// or smtps://`,
    );
  }
  if (!url.hostname) throw new UsageError(`${origin}: no host in "${maskUrl(value)}"`);
  if (url.port !== "" && !(Number(url.port) > 0 && Number(url.port) < 65536)) {
    throw new UsageError(`${origin}: bad port in "${maskUrl(value)}"`);
  }
  if (url.password && !url.username)
    throw new UsageError(`${origin}: a password without a user name in the URL`);
  for (const key of url.searchParams.keys()) {
    if (!SMTP_URL_OPTIONS.has(key)) {
      throw new UsageError(
        `${origin}: unknown option "${key}" in the URL (known: ${[...SMTP_URL_OPTIONS].join(", ")})`,
      );
    }
  }
  return url;
}

/** The URL without its password, for messages. */
export function maskUrl(value: string): string {
  return value.replace(/^([a-z]+:\/\/[^:/@]*):[^@/]*@/i, "$1:***@");
}

interface HandedData {
  briefingOnHanded?: () => void;
}

/**
 * Runs `onHanded` when the message stream ends, before the SMTP connection writes the final
 * "<CRLF>.<CRLF>" that lets the server accept it: a message never marked handed was never complete.
 */
class HandedMark extends Transform {
  constructor(private readonly onHanded: () => void) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    callback(null, chunk);
  }
  override _flush(callback: TransformCallback): void {
    try {
      this.onHanded();
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }
}

const mailFields = (message: OutgoingMessage) => ({
  from: message.from,
  to: message.to.name ? { name: message.to.name, address: message.to.address } : message.to.address,
  subject: message.subject,
  text: message.text,
  html: message.html,
  messageId: message.messageId,
  date: new Date(),
  list: {
    id: { url: message.listId.id, comment: message.listId.comment },
    // One List-Unsubscribe header holding every URI (an inner array), as RFC 2369/8058 expect.
    unsubscribe: [message.unsubscribe],
  },
  headers: message.oneClick ? { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : {},
});

export function smtpTransport(urlText: string, options: SmtpOptions, origin = "--smtp"): Transport {
  const url = parseSmtpUrl(urlText, origin);
  const port = url.port || (url.protocol === "smtps:" ? "465" : "587");
  const label = `${url.protocol}//${url.username ? `${decodeURIComponent(url.username)}@` : ""}${url.hostname}:${port}`;
  const timeout = options.timeoutMs ?? 60_000;
  const mailer = nodemailer.createTransport({
    pool: true,
    host: url.hostname.replace(/^\[|\]$/g, ""),
    port: Number(port),
    secure: url.protocol === "smtps:",
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    requireTLS: url.searchParams.get("requireTLS") === "true",
    tls:
      url.searchParams.get("tls.rejectUnauthorized") === "false" ? { rejectUnauthorized: false } : undefined,
    maxConnections: Math.max(1, options.concurrency),
    maxMessages: 1000,
    // The delivery loop decides what is retried: nodemailer must never resend on its own.
    maxRequeues: 0,
    rateLimit: options.rate && options.rate > 0 ? options.rate : undefined,
    rateDelta: 1000,
    connectionTimeout: Math.min(timeout, 30_000),
    greetingTimeout: Math.min(timeout, 30_000),
    socketTimeout: timeout,
    socketCloseTimeout: 1000,
  });
  mailer.use("stream", (mail, done) => {
    const onHanded = (mail.data as HandedData).briefingOnHanded;
    if (onHanded) {
      // Piped by hand rather than through message.transform(), whose stream.pipeline() costs more than
      // the rest of this bookkeeping together; errors still reach the SMTP connection, which fails the send.
      const message = mail.message;
      const createReadStream = message.createReadStream.bind(message);
      message.createReadStream = ((...args: Parameters<typeof createReadStream>) => {
        const source = createReadStream(...args);
        const mark = new HandedMark(onHanded);
        source.on("error", (error: Error) => mark.destroy(error));
        // A send given up half-way (an error, an abort) must not leave the message generator paused.
        mark.on("close", () => source.destroy());
        return source.pipe(mark);
      }) as typeof message.createReadStream;
    }
    done();
  });
  return {
    kind: "smtp",
    label,
    async send(message, onHanded) {
      const info = await mailer.sendMail({ ...mailFields(message), briefingOnHanded: onHanded } as Parameters<
        typeof mailer.sendMail
      >[0]);
      return { response: String(info.response ?? ""), where: label };
    },
    delivered: () => null,
    async close() {
      mailer.close();
    },
  };
}

/** A file name for an address: the address itself when it is plain, otherwise made safe. */
export function outboxFileName(email: string): string {
  const safe = email.replace(/[^A-Za-z0-9@._+-]/g, "_");
  return `${safe}.eml`;
}

/** The embedded default: one `.eml` file per recipient under `<dir>/<date>/`, written once. */
export function outboxTransport(dir: string): Transport {
  const mailer = nodemailer.createTransport({ streamTransport: true, buffer: true });
  let sequence = 0;
  const pathFor = (date: string, email: string) => join(dir, date, outboxFileName(email));
  return {
    kind: "outbox",
    label: `outbox:${dir}`,
    async send(message, onHanded) {
      const info = await mailer.sendMail(mailFields(message));
      const folder = message.testCopy ? join(dir, "test-copies", message.date) : join(dir, message.date);
      const stamp = new Date().toISOString().replace(/[:.]/g, "-");
      const target = message.testCopy
        ? join(folder, `${stamp}-${outboxFileName(message.to.address)}`)
        : pathFor(message.date, message.to.address);
      const temp = join(folder, `.${process.pid}-${++sequence}.tmp`);
      try {
        mkdirSync(folder, { recursive: true });
        writeFileSync(temp, info.message as Buffer, { flag: "wx" });
        onHanded();
        try {
          // link() never replaces: a file already there is the copy an earlier run wrote.
          linkSync(temp, target);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
          return { response: "already in the outbox", where: target, existing: true };
        }
        return { response: "written", where: target };
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        throw Object.assign(new WorkError(`cannot write ${target}: ${reason}`), { code: "EOUTBOX" });
      } finally {
        try {
          unlinkSync(temp);
        } catch {}
      }
    },
    delivered: (row) => existsSync(pathFor(row.date, row.email)),
    async close() {
      mailer.close();
    },
  };
}
