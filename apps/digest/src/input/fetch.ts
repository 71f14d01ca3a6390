// Fetching one URL with Node's fetch: a time limit on the whole exchange, a size cap on the body,
// redirects followed by hand (at most 5, loops caught), a clear User-Agent. Failures are FetchErrors
// whose message names the URL and what went wrong.

export const USER_AGENT = "Briefing/0.1 (+https://github.com/briefing/briefing; daily news briefing builder)";
export const MAX_REDIRECTS = 5;

export interface FetchOptions {
  /** Time limit for the whole fetch, redirects and body included (default 15 s). */
  fetchTimeoutMs?: number;
  /** Largest body accepted (default 5 MB). */
  maxBytes?: number;
  userAgent?: string;
}

export interface Fetched {
  /** The address finally answered, after redirects. */
  url: string;
  contentType: string | null;
  bytes: Uint8Array;
}

export class FetchError extends Error {
  override name = "FetchError";
  constructor(
    readonly url: string,
    reason: string,
  ) {
    super(`${url}: ${reason}`);
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return `${cause.code}${cause.message ? ` (${cause.message})` : ""}`;
  return cause?.message ?? error.message;
}

/** Fetches a URL; throws a FetchError naming it on any failure. */
export async function fetchUrl(address: string, options: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = options.fetchTimeoutMs ?? 15_000;
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const seen = new Set<string>();
  let current = address;
  try {
    for (let redirects = 0; ; redirects++) {
      let url: URL;
      try {
        url = new URL(current);
      } catch {
        throw new FetchError(address, `not a valid URL (${current})`);
      }
      if (url.protocol !== "http:" && url.protocol !== "https:") {
        throw new FetchError(address, `redirected to a non-http(s) address (${current})`);
      }
      seen.add(url.href);
      let response: Response;
      try {
        response = await fetch(url, {
          redirect: "manual",
          signal: controller.signal,
          headers: {
            "user-agent": options.userAgent ?? USER_AGENT,
            accept:
              "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.9, text/*;q=0.8, */*;q=0.5",
          },
        });
      } catch (error) {
        if (timedOut) throw new FetchError(address, `no answer within ${timeoutMs} ms (timed out)`);
        throw new FetchError(address, `could not connect: ${describe(error)}`);
      }
      if (response.status >= 300 && response.status < 400 && response.headers.has("location")) {
        await response.body?.cancel().catch(() => undefined);
        const next = new URL(response.headers.get("location") ?? "", url).href;
        if (seen.has(next)) throw new FetchError(address, `redirect loop (${url.href} → ${next})`);
        if (redirects >= MAX_REDIRECTS)
          throw new FetchError(address, `too many redirects (more than ${MAX_REDIRECTS})`);
        current = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new FetchError(
          address,
          `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`,
        );
      }
      const declared = Number(response.headers.get("content-length") ?? "");
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw new FetchError(address, `larger than the ${maxBytes} byte limit (${declared} bytes)`);
      }
      const bytes = await readCapped(response, maxBytes, address, () =>
        timedOut ? `no complete answer within ${timeoutMs} ms (timed out)` : null,
      );
      return { url: url.href, contentType: response.headers.get("content-type"), bytes };
    }
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(
  response: Response,
  maxBytes: number,
  address: string,
  timeoutReason: () => string | null,
): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new FetchError(address, `larger than the ${maxBytes} byte limit`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    throw new FetchError(address, timeoutReason() ?? `reading the answer failed: ${describe(error)}`);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
