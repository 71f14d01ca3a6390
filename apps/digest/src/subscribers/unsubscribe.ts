// Signed unsubscribe tokens: `<address, base64url>.<HMAC-SHA256(secret, address), base64url, 128 bits>`.
// Only the holder of the secret can make one, so nobody unsubscribes someone else by guessing.
import { createHmac, timingSafeEqual } from "node:crypto";

const mac = (secret: string, email: string): Buffer =>
  createHmac("sha256", secret).update(`unsubscribe\n${email}`).digest().subarray(0, 16);

export function unsubscribeToken(secret: string, email: string): string {
  return `${Buffer.from(email, "utf8").toString("base64url")}.${mac(secret, email).toString("base64url")}`;
}

/** The address a token was made for, or null when the token is malformed or its signature is wrong. */
export function verifyUnsubscribeToken(secret: string, token: string): string | null {
  const [payload, signature, ...rest] = token.trim().split(".");
  if (!payload || !signature || rest.length > 0) return null;
  const email = Buffer.from(payload, "base64url").toString("utf8");
  const given = Buffer.from(signature, "base64url");
  const expected = mac(secret, email);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return email;
}

export interface UnsubscribeLinks {
  /** What the reader clicks: the https page when there is a public URL, otherwise the mailto link. */
  visible: string;
  /** The List-Unsubscribe URIs, https first: the header reads `<https…>, <mailto…>`. */
  urls: string[];
  /** Whether the header carries an https URI, which RFC 8058 one-click (List-Unsubscribe-Post) requires. */
  oneClick: boolean;
}

export function unsubscribeLinks(options: {
  secret: string;
  email: string;
  /** The bare sender address that receives mailto unsubscribe requests. */
  mailbox: string;
  publicUrl: string | null;
}): UnsubscribeLinks {
  const token = unsubscribeToken(options.secret, options.email);
  const mailto = `mailto:${options.mailbox}?subject=unsubscribe%20${token}`;
  const web = options.publicUrl
    ? `${options.publicUrl.replace(/\/+$/, "")}/unsubscribe?token=${token}`
    : null;
  return {
    visible: web ?? mailto,
    urls: web ? [web, mailto] : [mailto],
    oneClick: web !== null,
  };
}
