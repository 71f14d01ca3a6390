// The web endpoint behind BRIEFING_PUBLIC_URL: one-click unsubscribe (RFC 8058) and the briefing archive.
// Plain node:http: four paths need no framework. Everything else is 404 (405 for a known path).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { listArchive, loadArchive } from "../store/archive.ts";
import type { Db } from "../store/db.ts";
import { unsubscribe } from "../subscribers/repository.ts";
import { verifyUnsubscribeToken } from "../subscribers/unsubscribe.ts";
import { BodyTooLarge, formFields, readBody } from "./body.ts";
import { confirmPage, errorPage, indexPage, invalidTokenPage, unsubscribedPage } from "./pages.ts";

export interface WebOptions {
  db: Db;
  /** The unsubscribe signing key (`signingSecret(db, config.secret)`). */
  secret: string;
  /** Largest request body accepted, in bytes (default 16 KiB; an unsubscribe form is under 200). */
  maxBodyBytes?: number;
  /** One line per request (default: stderr). */
  log?: (line: string) => void;
}

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024;
/** Longer than any token we make (an address is at most 254 characters). */
const MAX_TOKEN_LENGTH = 512;

/** Our pages: nothing may load, inline styles excepted (the archived email needs them); forms post home. */
const HTML_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
const JSON_CSP = "default-src 'none'; frame-ancestors 'none'";

const ARCHIVE_PATH = /^\/briefing-(\d{4}-\d{2}-\d{2})\.(html|json)$/;

interface Reply {
  status: number;
  type: "html" | "json";
  body: string;
  headers?: Record<string, string>;
  /** Added to the log line (never an address or a token). */
  note?: string;
}

const html = (status: number, body: string, headers?: Record<string, string>, note?: string): Reply => ({
  status,
  type: "html",
  body,
  headers,
  note,
});

const notFound = (): Reply =>
  html(404, errorPage(404, "Not found", "There is no page at this address."), {
    "Cache-Control": "no-cache",
  });

const methodNotAllowed = (allow: string): Reply =>
  html(405, errorPage(405, "Method not allowed", "This address does not accept that request."), {
    Allow: allow,
  });

/** What a log line may show of a request target: the path, the query replaced (tokens carry addresses). */
function loggedTarget(path: string, hasQuery: boolean): string {
  const shown = path.length > 200 ? `${path.slice(0, 200)}…` : path;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced
  return `${shown.replace(/[\u0000-\u001f\u007f"\\]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`)}${hasQuery ? "?…" : ""}`;
}

export function createWebHandler(options: WebOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const { db, secret } = options;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));

  const validToken = (token: string | null | undefined): { token: string; email: string } | null => {
    if (!token || token.length > MAX_TOKEN_LENGTH) return null;
    const email = verifyUnsubscribeToken(secret, token);
    return email === null ? null : { token: token.trim(), email };
  };

  async function unsubscribeRoute(req: IncomingMessage, query: URLSearchParams): Promise<Reply> {
    const noStore = { "Cache-Control": "no-store" };
    if (req.method === "GET" || req.method === "HEAD") {
      // Mail scanners and link previews follow GET links: this only asks.
      const valid = validToken(query.get("token"));
      if (!valid) return html(400, invalidTokenPage(), noStore, "invalid token");
      return html(200, confirmPage(valid.email, valid.token), noStore, "confirm");
    }
    if (req.method !== "POST") return methodNotAllowed("GET, HEAD, POST");
    let body: Buffer;
    try {
      body = await readBody(req, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        return html(
          413,
          errorPage(413, "Request too large", "The request body is larger than this address accepts."),
          { ...noStore, Connection: "close" },
          "body too large",
        );
      }
      throw error;
    }
    // RFC 8058: the token is in the List-Unsubscribe URL, the body says `List-Unsubscribe=One-Click`;
    // our own confirmation form sends the token in the body.
    const token = query.get("token") ?? formFields(req.headers["content-type"], body).get("token");
    const valid = validToken(token);
    if (!valid) return html(400, invalidTokenPage(), noStore, "invalid token");
    // The same answer whether the address was subscribed, had left already, or was never in the store:
    // the page says nothing the token does not say itself.
    const changed = unsubscribe(db, valid.email);
    return html(
      200,
      unsubscribedPage(valid.email),
      noStore,
      changed ? "unsubscribed" : "unsubscribed (no-op)",
    );
  }

  function archiveRoute(req: IncomingMessage, date: string, format: string): Reply {
    if (req.method !== "GET" && req.method !== "HEAD") return methodNotAllowed("GET, HEAD");
    const archived = loadArchive(db, date);
    if (!archived) return notFound();
    const cache = { "Cache-Control": "public, max-age=300" };
    if (format === "json")
      return {
        status: 200,
        type: "json",
        body: `${JSON.stringify(archived.digest, null, 2)}\n`,
        headers: cache,
      };
    return html(200, archived.html, cache);
  }

  async function route(req: IncomingMessage, path: string, query: URLSearchParams): Promise<Reply> {
    if (path === "/") {
      if (req.method !== "GET" && req.method !== "HEAD") return methodNotAllowed("GET, HEAD");
      return html(200, indexPage(listArchive(db)), { "Cache-Control": "no-cache" });
    }
    if (path === "/unsubscribe") return unsubscribeRoute(req, query);
    const archive = ARCHIVE_PATH.exec(path);
    if (archive) return archiveRoute(req, archive[1] as string, archive[2] as string);
    return notFound();
  }

  function send(res: ServerResponse, reply: Reply): number {
    const body = Buffer.from(reply.body, "utf8");
    res.writeHead(reply.status, {
      "Content-Type": reply.type === "html" ? "text/html; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Length": String(body.length),
      "Content-Security-Policy": reply.type === "html" ? HTML_CSP : JSON_CSP,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "X-Frame-Options": "DENY",
      ...reply.headers,
    });
    res.end(body); // Node sends no body for HEAD
    return body.length;
  }

  return (req, res) => {
    const started = process.hrtime.bigint();
    const target = req.url ?? "/";
    const queryAt = target.indexOf("?");
    const path = queryAt < 0 ? target : target.slice(0, queryAt);
    const query = new URLSearchParams(queryAt < 0 ? "" : target.slice(queryAt + 1));
    let note = "";
    let bytes = 0;
    res.on("close", () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const status = res.writableFinished ? String(res.statusCode) : "aborted";
      const from = req.socket.remoteAddress ?? "-";
      log(
        `${new Date().toISOString()} ${from} ${req.method ?? "-"} ${loggedTarget(path, queryAt >= 0)} ${status} ${bytes}B ${ms.toFixed(1)}ms${note ? ` ${note}` : ""}`,
      );
    });
    // Only origin-form targets ("/path?query"); "*" and absolute URLs are not ours to serve.
    const reply: Promise<Reply> = path.startsWith("/")
      ? route(req, path, query)
      : Promise.resolve(html(400, errorPage(400, "Bad request", "Malformed request target.")));
    reply
      .catch((error: unknown) => {
        note = `error: ${error instanceof Error ? error.message : String(error)}`;
        return html(
          500,
          errorPage(500, "Server error", "Something went wrong on our side. Try again later."),
        );
      })
      .then((r) => {
        if (r.note) note = r.note;
        if (res.headersSent || res.destroyed) return;
        const sent = send(res, r);
        bytes = req.method === "HEAD" ? 0 : sent;
      });
  };
}

/** An http.Server with the handler and conservative timeouts (a slow client cannot hold a socket long). */
export function createWebServer(options: WebOptions): Server {
  const server = createServer(createWebHandler(options));
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  server.keepAliveTimeout = 5_000;
  return server;
}

/** Listens; resolves with the base URL (`port` 0 picks a free port). Rejects with the listen error. */
export function listen(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
      resolve(`http://${shownHost}:${address.port}`);
    });
  });
}

/**
 * Stops listening, lets requests in flight finish and closes idle keep-alive connections; connections
 * still open after `graceMs` are cut. Resolves when the server is closed.
 */
export function closeServer(server: Server, graceMs = 5_000): Promise<void> {
  return new Promise((resolve) => {
    const cut = setTimeout(() => server.closeAllConnections(), graceMs);
    cut.unref();
    server.close(() => {
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
  });
}
