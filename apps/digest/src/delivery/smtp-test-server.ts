// A real SMTP server for the delivery tests and the send benchmark (smtp-server on 127.0.0.1).
// It records every message it receives in full, and can be told to refuse recipients with 451 for a
// while, refuse some addresses for good (550), or hold its reply to the end of DATA (to make a kill land
// while a message is with the server, deterministically).
import { EventEmitter, once } from "node:events";
import type { AddressInfo, Socket } from "node:net";
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from "smtp-server";

export interface ReceivedMessage {
  /** RCPT TO addresses. */
  to: string[];
  raw: Buffer;
}

export interface TestServerOptions {
  port?: number;
  /** Answer this many RCPT TO commands with 451 before accepting. */
  refuseFirst?: number;
  /** Addresses refused with 550. */
  rejectAlways?: string[];
  /** Hold the reply to the end of DATA for the message with this 1-based number and every later one. */
  holdFrom?: number;
  /** Keep the raw messages (the benchmark does not need them). */
  keep?: boolean;
  /**
   * Drop every connection during the first message: "mid-data" after its first bytes arrive (the server
   * never has it whole), "after-data" once it is whole but before the reply (the server has it).
   */
  dropFirst?: "mid-data" | "after-data";
  /** Implicit TLS (smtps://) with smtp-server's own self-signed certificate. */
  secure?: boolean;
  /** Refuse MAIL FROM with 553. */
  rejectSender?: boolean;
  /** Require this user name and password (AUTH PLAIN/LOGIN over plain text, for the tests). */
  auth?: { user: string; pass: string };
}

export class SmtpTestServer extends EventEmitter {
  readonly received: ReceivedMessage[] = [];
  count = 0;
  refused = 0;
  private held: (() => void)[] = [];
  private sockets = new Set<Socket>();
  private dropped = false;
  private server: SMTPServer;
  port = 0;

  constructor(private readonly options: TestServerOptions = {}) {
    super();
    this.server = new SMTPServer({
      secure: options.secure ?? false,
      authOptional: !options.auth,
      allowInsecureAuth: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      size: 10 * 1024 * 1024,
      maxClients: 100,
      closeTimeout: 200,
      onAuth: (auth, _session, callback) => {
        const expected = this.options.auth;
        if (expected && (auth.username !== expected.user || auth.password !== expected.pass)) {
          return callback(Object.assign(new Error("5.7.8 authentication failed"), { responseCode: 535 }));
        }
        callback(null, { user: auth.username });
      },
      onMailFrom: (_address, _session, callback) => {
        if (this.options.rejectSender) {
          return callback(Object.assign(new Error("5.7.1 sender not allowed"), { responseCode: 553 }));
        }
        callback();
      },
      onRcptTo: (address, _session, callback) => {
        const email = address.address.toLowerCase();
        if (this.options.rejectAlways?.includes(email)) {
          return callback(Object.assign(new Error("5.1.1 mailbox unavailable"), { responseCode: 550 }));
        }
        if (this.refused < (this.options.refuseFirst ?? 0)) {
          this.refused++;
          return callback(Object.assign(new Error("4.7.0 try again later"), { responseCode: 451 }));
        }
        callback();
      },
      onData: (stream: SMTPServerDataStream, session: SMTPServerSession, callback) => {
        const chunks: Buffer[] = [];
        const drop = this.dropped ? undefined : this.options.dropFirst;
        if (drop) this.dropped = true;
        stream.on("data", (chunk: Buffer) => {
          chunks.push(chunk);
          if (drop === "mid-data") this.dropConnections();
        });
        stream.on("end", () => {
          if (drop === "mid-data") return;
          const message: ReceivedMessage = {
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            raw: this.options.keep === false ? Buffer.alloc(0) : Buffer.concat(chunks),
          };
          this.count++;
          // The whole message is here: a real server has it queued by now.
          this.received.push(message);
          this.emit("message", message);
          const number = this.count;
          if (drop === "after-data") {
            this.dropConnections();
            return;
          }
          if (this.options.holdFrom !== undefined && number >= this.options.holdFrom) {
            this.held.push(() => callback(null, `queued as held-${number}`));
            this.emit("held", this.held.length);
            return;
          }
          callback(null, `queued as m${number}`);
        });
      },
    });
    this.server.on("error", () => {});
  }

  private dropConnections(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  async listen(): Promise<number> {
    this.server.server.on("connection", (socket: Socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
    this.server.listen(this.options.port ?? 0, "127.0.0.1");
    await once(this.server.server, "listening");
    this.port = (this.server.server.address() as AddressInfo).port;
    return this.port;
  }

  get url(): string {
    return this.options.secure
      ? `smtps://127.0.0.1:${this.port}?tls.rejectUnauthorized=false`
      : `smtp://127.0.0.1:${this.port}`;
  }

  /** Resolves once `n` replies are being held. */
  async waitForHeld(n: number): Promise<void> {
    while (this.held.length < n) await once(this, "held");
  }

  /** Resolves once `n` messages in all have arrived. */
  async waitForMessages(n: number): Promise<void> {
    while (this.count < n) await once(this, "message");
  }

  /** Answers the held messages (250) and stops holding. */
  release(): void {
    this.options.holdFrom = undefined;
    const held = this.held;
    this.held = [];
    for (const reply of held) reply();
  }

  /** How many messages each recipient got. */
  perRecipient(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const message of this.received)
      for (const to of message.to) counts.set(to, (counts.get(to) ?? 0) + 1);
    return counts;
  }

  async close(): Promise<void> {
    this.held = [];
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
