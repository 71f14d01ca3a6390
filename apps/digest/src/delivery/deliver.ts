// The delivery loop: one message per active subscriber and date, exactly once.
//
// Per message: the transport calls onHanded just before the message can be complete on the server's
// side (SMTP: before the final "<CRLF>.<CRLF>"; outbox: before the file gets its name), and the row goes
// pending -> sending with handed_at in one synchronous commit. After a crash a row without that mark is
// sent again and a row with it never is. The server's confirmation (-> sent) is committed in small
// batches: losing one to a crash only leaves the row "handed, unconfirmed", which is never resent.

import { WorkError } from "../errors.ts";
import type { Db } from "../store/db.ts";
import { DeliveryLog, type DeliveryRow, LockedError } from "../store/deliveries.ts";
import { classify, describeError } from "./errors.ts";
import type { MessageFactory } from "./message.ts";
import type { Transport } from "./transport.ts";

export interface DeliveryOptions {
  db: Db;
  date: string;
  messages: MessageFactory;
  transport: Transport;
  /** Messages in flight at once (SMTP connections). */
  concurrency: number;
  /** Temporary failures in a row (4xx, connection loss) before the run gives up. */
  retries: number;
  /** First backoff delay; doubles on each further failure in a row, up to maxRetryDelayMs. */
  retryDelayMs: number;
  maxRetryDelayMs?: number;
  /** Stop taking new messages (SIGTERM); the ones in flight finish. */
  signal?: AbortSignal;
  /** One line per event worth an operator's eye (stderr). */
  warn: (line: string) => void;
  onProgress?: (progress: Progress) => void;
}

export interface Progress {
  done: number;
  total: number;
  startedAt: number;
}

export interface DeliverySummary {
  date: string;
  /** Sent by this run. */
  sent: number;
  /** Already sent before this run (including messages an interrupted run had handed over). */
  skipped: number;
  /** Refused for good (5xx), now or in an earlier run and not retried successfully. */
  failed: number;
  /** Left for the next run (the server was unavailable, or the run was stopped). */
  pending: number;
  /** Of the skipped: handed over by an interrupted run without the server's confirmation. */
  unconfirmed: number;
  /** Why the run stopped early, if it did. */
  stopped: string | null;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });

/**
 * Backoff shared by all workers. After a temporary failure only one message at a time probes the server,
 * after a delay that doubles with each failure in a row; a success lets everyone go again.
 */
class Backoff {
  private streak = 0;
  private until = 0;
  private probing = false;
  private epoch = 0;
  private wakers: (() => void)[] = [];

  constructor(
    private readonly retries: number,
    private readonly baseMs: number,
    private readonly maxMs: number,
    private readonly signal: AbortSignal,
  ) {}

  get failuresInARow(): number {
    return this.streak;
  }

  /** Waits for a turn; returns the epoch the attempt starts in. */
  async enter(): Promise<number> {
    for (;;) {
      if (this.signal.aborted || this.streak === 0) return this.epoch;
      const wait = this.until - Date.now();
      if (wait > 0) await sleep(wait, this.signal);
      else if (!this.probing) {
        this.probing = true;
        return this.epoch;
      } else await new Promise<void>((resolve) => this.wakers.push(resolve));
    }
  }

  success(): void {
    this.streak = 0;
    this.probing = false;
    this.wake();
  }

  /** Records a temporary failure; true when the run should give up. */
  failure(epoch: number): boolean {
    if (epoch === this.epoch) {
      // The first failure since the last change: the others in flight were started before it.
      this.streak++;
      this.epoch++;
      this.until = Date.now() + Math.min(this.baseMs * 2 ** (this.streak - 1), this.maxMs);
    }
    this.probing = false;
    this.wake();
    return this.streak > this.retries;
  }

  private wake(): void {
    const wakers = this.wakers;
    this.wakers = [];
    for (const wake of wakers) wake();
  }
}

export async function deliver(options: DeliveryOptions): Promise<DeliverySummary> {
  const { db, date, transport, messages, warn } = options;
  const log = new DeliveryLog(db);
  try {
    log.lock(date);
  } catch (error) {
    if (error instanceof LockedError) throw new WorkError(`${error.message}; nothing sent by this run`);
    throw error;
  }
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  options.signal?.addEventListener("abort", onAbort, { once: true });
  if (options.signal?.aborted) stop.abort();
  try {
    const recovered = log.recover(date, (row) => transport.delivered(row));
    for (const row of recovered.unconfirmed) {
      warn(
        `warning: ${row.email}: an earlier run was cut off after handing this message to ${row.transport ?? "the server"} (Message-ID ${row.message_id}); counted as sent, not sent again`,
      );
    }
    log.prepare(date);
    const before = log.counts(date);
    const unconfirmedBefore = (
      db
        .prepare("SELECT COUNT(*) AS n FROM deliveries WHERE date = ? AND status = 'sent' AND confirmed = 0")
        .get(date) as { n: number }
    ).n;
    const queue: DeliveryRow[] = log.due(date);
    const total = queue.length;
    const progress: Progress = { done: 0, total, startedAt: Date.now() };
    let sent = 0;
    let stopped: string | null = null;
    const backoff = new Backoff(
      options.retries,
      options.retryDelayMs,
      options.maxRetryDelayMs ?? 60_000,
      stop.signal,
    );

    // Confirmations, committed together (every 100 messages or 200 ms, and before anything is counted).
    let confirmations: { id: number; response: string | null; at: string }[] = [];
    let flushTimer: NodeJS.Timeout | null = null;
    const flush = () => {
      if (flushTimer) clearTimeout(flushTimer);
      flushTimer = null;
      if (confirmations.length === 0) return;
      const batch = confirmations;
      confirmations = [];
      log.sentMany(batch);
    };
    const confirm = (id: number, response: string) => {
      confirmations.push({ id, response, at: new Date().toISOString() });
      if (confirmations.length >= 100) flush();
      else flushTimer ??= setTimeout(flush, 200);
    };

    const giveUp = (reason: string) => {
      if (!stopped) stopped = reason;
      stop.abort();
    };

    const attempt = async (row: DeliveryRow): Promise<void> => {
      const epoch = await backoff.enter();
      if (stop.signal.aborted) {
        queue.unshift(row);
        return;
      }
      const message = messages.message({ address: row.email, name: row.name });
      let handed = false;
      try {
        const result = await transport.send(message, () => {
          log.handed(row.id, transport.label, message.messageId);
          handed = true;
        });
        confirm(row.id, result.response);
        if (result.existing) warn(`warning: ${row.email}: ${result.where} was already there; left as it was`);
        sent++;
        progress.done++;
        backoff.success();
      } catch (error) {
        const reason = describeError(error);
        const verdict = classify(error);
        // Once handed over, only an explicit refusal (a 4xx or 5xx reply) proves the server lacks it,
        // unless the transport can be asked (the outbox).
        const known = handed ? transport.delivered(row) : false;
        flush();
        if (known === true) {
          confirm(row.id, `delivered despite: ${reason}`);
          sent++;
          progress.done++;
        } else if (verdict === "permanent") {
          log.failed(row.id, reason);
          progress.done++;
          warn(`error: ${row.email}: refused by ${transport.label}: ${reason}`);
          backoff.success();
        } else if (handed && known === null && verdict !== "refused-for-now") {
          // The message was complete on the wire when the connection went: the server may have it.
          log.sent(
            row.id,
            null,
            false,
            `connection lost after the message was handed to ${transport.label}: ${reason}; assumed delivered, not sent again`,
          );
          sent++;
          progress.done++;
          warn(
            `warning: ${row.email}: connection lost after the message was handed over (${reason}); counted as sent, not sent again`,
          );
        } else if (verdict === "fatal") {
          log.retryLater(row.id, reason, handed);
          giveUp(`${transport.label}: ${reason}`);
        } else {
          log.retryLater(row.id, reason, handed);
          queue.unshift(row);
          if (backoff.failure(epoch)) {
            giveUp(
              `${transport.label}: ${backoff.failuresInARow} temporary failures in a row, giving up for now; last: ${reason}`,
            );
          } else if (!stop.signal.aborted) {
            warn(`warning: ${row.email}: temporary failure, will retry: ${reason}`);
          }
        }
      }
      options.onProgress?.(progress);
    };

    const worker = async () => {
      while (!stop.signal.aborted) {
        const row = queue.shift();
        if (!row) return;
        await attempt(row);
      }
    };
    try {
      await Promise.all(
        Array.from({ length: Math.max(1, Math.min(options.concurrency, total || 1)) }, worker),
      );
    } finally {
      flush();
    }
    if (!stopped && options.signal?.aborted) stopped = "stopped by a signal";

    const after = log.counts(date);
    return {
      date,
      sent,
      skipped: before.sent,
      failed: after.failed,
      pending: after.pending + after.sending,
      unconfirmed: unconfirmedBefore,
      stopped,
    };
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    log.unlock(date);
  }
}

/** The summary line, printed whatever happened. */
export function summaryLine(summary: DeliverySummary): string {
  const parts = [`sent ${summary.sent}`, `skipped ${summary.skipped}`, `failed ${summary.failed}`];
  if (summary.pending > 0) parts.push(`left for the next run ${summary.pending}`);
  const extra =
    summary.unconfirmed > 0 ? ` (${summary.unconfirmed} of the skipped handed over but unconfirmed)` : "";
  return `briefing ${summary.date}: ${parts.join(", ")}${extra}`;
}

/** Anything left unsent: the run failed (exit 1). */
export const incomplete = (summary: DeliverySummary): boolean => summary.failed > 0 || summary.pending > 0;
