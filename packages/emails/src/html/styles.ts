// Inline style objects shared by the parts, and the small <style> block for dark mode.
import type { CSSProperties } from "react";
import { dark, light } from "./palette.ts";

export const FONT = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/** Content width on desktop; phones get the full width (fluid container, max-width). */
export const MAX_WIDTH = 600;
export const GUTTER = 20;

export const text: CSSProperties = {
  margin: 0,
  fontFamily: FONT,
  fontSize: "16px",
  lineHeight: "24px",
  color: light.text,
};

export const small: CSSProperties = {
  ...text,
  fontSize: "14px",
  lineHeight: "20px",
  color: light.muted,
};

export const link: CSSProperties = {
  color: light.link,
  textDecoration: "underline",
};

/**
 * Dark mode for clients that honour prefers-color-scheme (Apple Mail, iOS Mail, Outlook for Mac/iOS/Android).
 * Gmail drops this block and applies its own inversion to the inline light colours instead.
 */
export const DARK_CSS = `:root{color-scheme:light dark;supported-color-schemes:light dark}
@media (prefers-color-scheme:dark){
.bp{background-color:${dark.page}!important}
.bc{background-color:${dark.card}!important}
.bb{background-color:${dark.band}!important}
.bt{color:${dark.text}!important}
.bm{color:${dark.muted}!important}
.ba{color:${dark.accent}!important}
.bl{color:${dark.link}!important}
.bx{background-color:${dark.box}!important;border-color:${dark.boxEdge}!important}
.br{border-color:${dark.rule}!important}
.bk{border-color:${dark.accent}!important}
.bh{color:${dark.bandText}!important}
.bhm{color:${dark.bandMuted}!important}
.bf{background-color:${dark.footer}!important}
}`;
