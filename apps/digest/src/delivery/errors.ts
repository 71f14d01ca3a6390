// What a failed send means for the delivery loop.

/** The fields nodemailer puts on its errors (see its NodemailerError). */
interface NodemailerError {
  code?: string;
  originalCode?: string;
  command?: string;
  response?: string;
  responseCode?: number;
  permanent?: boolean;
  message: string;
}

export type Verdict =
  /** The server refused this message for good (5xx): mark the recipient failed, go on. */
  | "permanent"
  /** The server refused for now (4xx): nothing complete on its side, retry with backoff. */
  | "refused-for-now"
  /** The connection failed (refused, dropped, timed out): retry with backoff, unless the message was handed. */
  | "connection"
  /** Configuration (authentication, TLS, a local file): retrying cannot help, stop the run. */
  | "fatal";

const FATAL_CODES = new Set([
  "EAUTH",
  "ENOAUTH",
  "EOAUTH2",
  "ECONFIG",
  "ETLS",
  "EREQUIRETLS",
  "EOUTBOX",
  "EPROXY",
]);

export function classify(error: unknown): Verdict {
  const err = error as Partial<NodemailerError>;
  if (typeof err.responseCode === "number") {
    if (err.code === "EAUTH") return "fatal";
    // The sender refused for good: every message would be, so it is not about this recipient.
    if (err.command?.startsWith("MAIL FROM") && err.responseCode >= 500 && err.responseCode !== 503)
      return "fatal";
    if (err.permanent === true) return "permanent";
    if (err.permanent === false) return "refused-for-now";
    return err.responseCode >= 500 && err.responseCode !== 503 ? "permanent" : "refused-for-now";
  }
  if (err.code && FATAL_CODES.has(err.code)) return "fatal";
  return "connection";
}

/** One line for logs and the delivery row: code, server reply or message. */
export function describeError(error: unknown): string {
  const err = error as Partial<NodemailerError> & { message?: string };
  const text = (err.response ?? err.message ?? String(error)).replace(/\s+/g, " ").trim();
  const code = err.originalCode ?? err.code;
  return code && !text.includes(code) ? `${code}: ${text}` : text;
}
