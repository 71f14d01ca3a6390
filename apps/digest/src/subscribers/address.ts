// Email addresses as subscribers give them: checked (a practical subset of RFC 5321/5322 that real
// mailboxes use) and normalised (trimmed, <angle brackets> dropped, lower case, IDN domain as ASCII).
import { domainToASCII } from "node:url";

export type AddressCheck = { ok: true; address: string } | { ok: false; reason: string };

const LOCAL_CHARS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export function checkAddress(input: string): AddressCheck {
  let value = input.trim();
  if (value.startsWith("<") && value.endsWith(">")) value = value.slice(1, -1).trim();
  if (value.toLowerCase().startsWith("mailto:")) value = value.slice(7);
  if (value === "") return { ok: false, reason: "empty address" };
  if (/\s/.test(value)) return { ok: false, reason: "contains a space" };
  const at = value.lastIndexOf("@");
  if (at < 0) return { ok: false, reason: "missing @" };
  const local = value.slice(0, at);
  const rawDomain = value.slice(at + 1);
  if (local === "") return { ok: false, reason: "nothing before the @" };
  if (rawDomain === "") return { ok: false, reason: "nothing after the @" };
  if (local.length > 64) return { ok: false, reason: "the part before the @ is longer than 64 characters" };
  if (!LOCAL_CHARS.test(local)) {
    const bad = [...local].find((ch) => !LOCAL_CHARS.test(ch));
    return { ok: false, reason: `character "${bad}" is not allowed before the @` };
  }
  if (local.startsWith(".") || local.endsWith(".") || local.includes("..")) {
    return { ok: false, reason: "misplaced dot before the @" };
  }
  const domain = domainToASCII(rawDomain.replace(/\.$/, "").toLowerCase());
  if (domain === "") return { ok: false, reason: `domain "${rawDomain}" is not valid` };
  const labels = domain.split(".");
  if (labels.length < 2) return { ok: false, reason: `domain "${rawDomain}" has no dot` };
  if (!labels.every((label) => LABEL.test(label)))
    return { ok: false, reason: `domain "${rawDomain}" is not valid` };
  if (/^[0-9]+$/.test(labels[labels.length - 1] as string)) {
    return { ok: false, reason: `domain "${rawDomain}" is not valid` };
  }
  const address = `${local.toLowerCase()}@${domain}`;
  if (address.length > 254) return { ok: false, reason: "longer than 254 characters" };
  return { ok: true, address };
}

/** A display name as stored: trimmed, inner whitespace collapsed, control characters dropped; null when empty. */
export function normaliseName(input: string | null | undefined): string | null {
  if (input == null) return null;
  let cleaned = "";
  for (const ch of input) cleaned += ch.charCodeAt(0) < 0x20 || ch === "\u007f" ? " " : ch;
  const name = cleaned.replace(/\s+/g, " ").trim();
  return name === "" ? null : name.slice(0, 200);
}
