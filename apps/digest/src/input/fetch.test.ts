// A real HTTP server on 127.0.0.1 serving feeds, pages, redirects, a loop, a silent endpoint.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchError, fetchUrl, USER_AGENT } from "./fetch.ts";
import { loadInputs } from "./load.ts";

const GOOD = join(import.meta.dirname, "fixtures", "good");
const FEED = readFileSync(join(GOOD, "feed.xml"));
const PAGE = readFileSync(join(GOOD, "page.html"));

let server: Server;
let base: string;
const sockets = new Set<Socket>();
const agents: string[] = [];

function handle(req: IncomingMessage, res: ServerResponse): void {
  agents.push(String(req.headers["user-agent"]));
  const path = new URL(req.url ?? "/", "http://x").pathname;
  switch (path) {
    case "/feed":
      res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" });
      res.end(FEED);
      return;
    case "/feed-as-text":
      res.writeHead(200, { "content-type": "text/plain" });
      res.end(FEED);
      return;
    case "/news/museum.html":
      res.writeHead(200, { "content-type": "text/html" });
      res.end(PAGE);
      return;
    case "/moved":
      res.writeHead(301, { location: "/feed" });
      res.end();
      return;
    case "/loop-a":
      res.writeHead(302, { location: "/loop-b" });
      res.end();
      return;
    case "/loop-b":
      res.writeHead(302, { location: "/loop-a" });
      res.end();
      return;
    case "/latin.html":
      res.writeHead(200, { "content-type": "text/html; charset=ISO-8859-1" });
      res.end(
        Buffer.from(
          "<html><head><title>Caf\u00e9 terrace reopens</title></head><body><article><h1>Caf\u00e9 terrace reopens</h1><p>The caf\u00e9 on the square put its tables back out on Sunday after the paving works ended, its owner said.</p></article></body></html>",
          "latin1",
        ),
      );
      return;
    case "/photo.png":
      res.writeHead(200, { "content-type": "image/png" });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      return;
    case "/stall":
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<html><body><p>The first half of a page that never fin");
      return; // the body never ends
    case "/silent":
      return; // never answers
    case "/big":
      res.writeHead(200, { "content-type": "text/plain" });
      res.end(Buffer.alloc(4096, 0x61));
      return;
    default: {
      const hop = /^\/hop\/(\d+)$/.exec(path);
      if (hop) {
        const n = Number(hop[1]);
        res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : "/feed" });
        res.end();
        return;
      }
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not here");
    }
  }
}

beforeAll(async () => {
  server = createServer(handle);
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("fetchUrl", () => {
  it("sends a clear User-Agent and follows redirects", async () => {
    const fetched = await fetchUrl(`${base}/hop/3`);
    expect(fetched.url).toBe(`${base}/feed`);
    expect(Buffer.from(fetched.bytes).equals(FEED)).toBe(true);
    expect(agents.at(-1)).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^Briefing\/\d/);
  });

  it("gives up after five redirects", async () => {
    await expect(fetchUrl(`${base}/hop/9`)).rejects.toThrow(/too many redirects/);
  });

  it("names the URL of a redirect loop", async () => {
    const error = await fetchUrl(`${base}/loop-a`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as Error).message).toMatch(new RegExp(`^${base}/loop-a: redirect loop`));
  });

  it("times out on a server that never answers", async () => {
    await expect(fetchUrl(`${base}/silent`, { fetchTimeoutMs: 150 })).rejects.toThrow(/timed out/);
  });

  it("times out on a body that stops half-way", async () => {
    await expect(fetchUrl(`${base}/stall`, { fetchTimeoutMs: 150 })).rejects.toThrow(
      `${base}/stall: no complete answer within 150 ms (timed out)`,
    );
  });

  it("refuses a body over the size cap", async () => {
    await expect(fetchUrl(`${base}/big`, { maxBytes: 1000 })).rejects.toThrow(
      /larger than the 1000 byte limit/,
    );
  });

  it("reports HTTP errors and refused connections", async () => {
    await expect(fetchUrl(`${base}/missing`)).rejects.toThrow(`${base}/missing: HTTP 404 Not Found`);
    await expect(fetchUrl("http://127.0.0.1:1/x")).rejects.toThrow(
      /^http:\/\/127\.0\.0\.1:1\/x: could not connect/,
    );
  });
});

describe("loadInputs: URLs", () => {
  it("reads a feed and a page served over HTTP, sniffing the content", async () => {
    const { articles, warnings } = await loadInputs([`${base}/feed-as-text`, `${base}/news/museum.html`]);
    expect(warnings).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual([
      "ice-skating-rink-opens-early",
      "boat-club-elects-new-chair",
      "museum",
    ]);
    expect(articles[0]?.url).toBe("https://lakeside.example/rink");
    expect(articles[2]).toMatchObject({
      title: "Museum adds night openings",
      url: `${base}/news/museum.html`,
    });
  });

  it("decodes a page by the charset of its Content-Type", async () => {
    const { articles, warnings } = await loadInputs([`${base}/latin.html`]);
    expect(warnings).toEqual([]);
    expect(articles[0]).toMatchObject({ id: "latin", title: "Café terrace reopens" });
    expect(articles[0]?.paragraphs[0]).toMatch(/^The café on the square/);
  });

  it("turns each failed URL into one warning and goes on", async () => {
    const { articles, warnings } = await loadInputs(
      [
        `${base}/silent`,
        `${base}/loop-a`,
        `${base}/missing`,
        `${base}/photo.png`,
        `${base}/feed`,
        join(GOOD, "page.html"),
      ],
      { fetchTimeoutMs: 150 },
    );
    expect(articles.map((a) => a.id)).toEqual([
      "ice-skating-rink-opens-early",
      "boat-club-elects-new-chair",
      "page",
    ]);
    expect(warnings).toHaveLength(4);
    expect(warnings[3]).toBe(`${base}/photo.png: not an article (content type image/png); skipped`);
    expect(warnings[0]).toMatch(new RegExp(`^${base}/silent: .*timed out`));
    expect(warnings[1]).toMatch(new RegExp(`^${base}/loop-a: redirect loop`));
    expect(warnings[2]).toBe(`${base}/missing: HTTP 404 Not Found`);
  });
});
