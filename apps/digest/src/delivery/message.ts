// One message per recipient from a briefing rendered once: the rendered HTML and text carry a
// placeholder where the unsubscribe link goes, replaced per recipient (cheap string work, no re-render).
import { createHmac, randomBytes } from "node:crypto";
import { unsubscribeLinks } from "../subscribers/unsubscribe.ts";
import type { OutgoingMessage } from "./transport.ts";

/** Passed to the renderer as the unsubscribe URL; never leaves this process. */
export const UNSUBSCRIBE_PLACEHOLDER = "https://unsubscribe.invalid/BRIEFINGUNSUBSCRIBEPLACEHOLDER";

export interface RenderedBriefing {
  date: string;
  subject: string;
  /** Rendered with UNSUBSCRIBE_PLACEHOLDER as the unsubscribe URL. */
  html: string;
  text: string;
}

export interface Sender {
  /** As configured: `Briefing <briefing@example.org>`. */
  from: string;
  /** The bare address. */
  mailbox: string;
  domain: string;
}

export function parseSender(from: string): Sender {
  const mailbox = (/<([^<>\s]+@[^<>\s]+)>/.exec(from)?.[1] ?? from).trim();
  const domain = mailbox.includes("@") ? (mailbox.split("@").pop() as string) : "localhost";
  return { from, mailbox, domain };
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A template of the briefing for fast per-recipient messages. */
export class MessageFactory {
  private readonly htmlParts: string[];
  private readonly textParts: string[];

  constructor(
    private readonly briefing: RenderedBriefing,
    private readonly sender: Sender,
    private readonly secret: string,
    private readonly publicUrl: string | null,
  ) {
    let html = briefing.html;
    let text = briefing.text;
    // A renderer that left the link out still gets one: the visible link is not optional.
    if (!html.includes(UNSUBSCRIBE_PLACEHOLDER)) {
      const footer = `<p style="font-size:12px;color:#666666;text-align:center">You receive this briefing because you subscribed. <a href="${UNSUBSCRIBE_PLACEHOLDER}">Unsubscribe</a></p>`;
      html = /<\/body>/i.test(html) ? html.replace(/<\/body>/i, `${footer}</body>`) : `${html}${footer}`;
    }
    if (!text.includes(UNSUBSCRIBE_PLACEHOLDER))
      text = `${text.trimEnd()}\n\nUnsubscribe: ${UNSUBSCRIBE_PLACEHOLDER}\n`;
    this.htmlParts = html.split(UNSUBSCRIBE_PLACEHOLDER);
    this.textParts = text.split(UNSUBSCRIBE_PLACEHOLDER);
  }

  /** The same Message-ID for the same date and address on every run, so a receiver can drop a repeat. */
  messageId(email: string): string {
    const digest = createHmac("sha256", this.secret)
      .update(`message-id\n${this.briefing.date}\n${email}`)
      .digest("base64url")
      .slice(0, 22);
    return `<briefing.${this.briefing.date}.${digest}@${this.sender.domain}>`;
  }

  message(
    to: { address: string; name: string | null },
    options: { testCopy?: boolean } = {},
  ): OutgoingMessage {
    const links = unsubscribeLinks({
      secret: this.secret,
      email: to.address,
      mailbox: this.sender.mailbox,
      publicUrl: this.publicUrl,
    });
    return {
      date: this.briefing.date,
      from: this.sender.from,
      to,
      subject: options.testCopy ? `[test] ${this.briefing.subject}` : this.briefing.subject,
      html: this.htmlParts.join(escapeHtml(links.visible)),
      text: this.textParts.join(links.visible),
      messageId: options.testCopy
        ? `<briefing.${this.briefing.date}.test.${randomBytes(12).toString("base64url")}@${this.sender.domain}>`
        : this.messageId(to.address),
      listId: { id: `briefing.${this.sender.domain}`, comment: "Briefing" },
      unsubscribe: links.urls,
      oneClick: links.oneClick,
      testCopy: options.testCopy,
    };
  }
}
