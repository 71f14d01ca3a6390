// Request bodies of the unsubscribe POST: read with a size cap, then the form fields we care about.
import type { IncomingMessage } from "node:http";

/** The body is larger than the cap (announced by Content-Length or found while reading): 413. */
export class BodyTooLarge extends Error {
  override name = "BodyTooLarge";
}

/** Reads the whole body, at most `maxBytes`; rejects with BodyTooLarge beyond it (without reading on). */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const announced = Number(req.headers["content-length"]);
  if (Number.isFinite(announced) && announced > maxBytes) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (error: Error | null) => {
      if (done) return;
      done = true;
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
      if (error) reject(error);
      else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.pause();
        finish(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish(null);
    const onError = (error: Error) => finish(error);
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
  });
}

/**
 * The form fields of a body: `application/x-www-form-urlencoded` (what RFC 8058 mail clients and our own
 * form send) or `multipart/form-data` (also allowed by RFC 8058). Other types give no fields.
 */
export function formFields(contentType: string | undefined, body: Buffer): Map<string, string> {
  const fields = new Map<string, string>();
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "application/x-www-form-urlencoded") {
    for (const [name, value] of new URLSearchParams(body.toString("utf8"))) {
      if (!fields.has(name)) fields.set(name, value);
    }
  } else if (type === "multipart/form-data") {
    const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? "");
    const mark = boundary?.[1] ?? boundary?.[2];
    if (!mark) return fields;
    for (const part of body.toString("utf8").split(`--${mark}`)) {
      const split = part.indexOf("\r\n\r\n");
      if (split < 0) continue;
      const name = /content-disposition:[^\r\n]*;\s*name="([^"]*)"/i.exec(part.slice(0, split))?.[1];
      if (name === undefined || fields.has(name)) continue;
      fields.set(name, part.slice(split + 4).replace(/\r\n$/, ""));
    }
  }
  return fields;
}
