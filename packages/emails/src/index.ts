// @briefing/emails: the daily briefing as an email — HTML (react-email) and a real plain-text part.
import type { Digest } from "@briefing/parser";
import { render } from "@react-email/render";
import { createElement } from "react";
import { type BriefingOptions, buildModel } from "./briefing/model.ts";
import { BriefingEmail, finishHtml } from "./html/briefing-email.tsx";
import { renderText } from "./text/render-text.ts";

export type { BriefingModel, BriefingOptions } from "./briefing/model.ts";
export { buildModel } from "./briefing/model.ts";
export { formatNumber, formatRange } from "./format/numbers.ts";
export { BriefingEmail } from "./html/briefing-email.tsx";
export { renderText } from "./text/render-text.ts";

export interface RenderedBriefing {
  subject: string;
  preheader: string;
  html: string;
  text: string;
}

/** Renders the briefing once; per-recipient URLs passed as options appear verbatim in html and text. */
export async function renderBriefing(digest: Digest, opts: BriefingOptions = {}): Promise<RenderedBriefing> {
  const model = buildModel(digest, opts);
  const html = finishHtml(await render(createElement(BriefingEmail, { model })));
  return { subject: model.subject, preheader: model.preheader, html, text: renderText(model) };
}
