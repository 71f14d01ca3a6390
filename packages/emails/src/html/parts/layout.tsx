/** @jsxRuntime automatic @jsxImportSource react */
// Small building blocks: a padded block, a section heading, a link and text that breaks long tokens.
import type { CSSProperties, ReactNode } from "react";
import { light } from "../palette.ts";
import { FONT, GUTTER, link } from "../styles.ts";

const LONG_TOKEN = /\S{28,}/g;

/** Inserts zero-width spaces into very long tokens (URLs, hashtags) so a narrow screen never scrolls sideways. */
export function breakable(value: string): string {
  return value.replace(LONG_TOKEN, (token) => token.replace(/(.{20})/g, "$1\u200B"));
}

/** One padded row of the card: a table cell, since Outlook only pads cells. */
export function Block({
  children,
  top = 24,
  bottom = 0,
  style,
  className,
}: {
  children: ReactNode;
  top?: number;
  bottom?: number;
  style?: CSSProperties;
  className?: string;
}) {
  return (
    <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0}>
      <tbody>
        <tr>
          <td
            className={className}
            style={{ padding: `${top}px ${GUTTER}px ${bottom}px ${GUTTER}px`, fontFamily: FONT, ...style }}
          >
            {children}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** "KEY FIGURES": a short rule and an h2, the same for every section. */
export function SectionHeading({ children, mark }: { children: ReactNode; mark?: string }) {
  return (
    <h2
      className={mark ? "ba" : "ba bk"}
      style={{
        margin: "0 0 12px 0",
        padding: "10px 0 0 0",
        borderTop: `3px solid ${mark ?? light.accent}`,
        fontFamily: FONT,
        fontSize: "14px",
        lineHeight: "20px",
        fontWeight: 700,
        letterSpacing: "1px",
        textTransform: "uppercase",
        color: light.accent,
      }}
    >
      {children}
    </h2>
  );
}

/** A plain link: underlined, no `target` (Gmail forces its own). */
export function A({ href, children, style }: { href: string; children: ReactNode; style?: CSSProperties }) {
  return (
    <a href={href} className="bl" style={{ ...link, ...style }}>
      {children}
    </a>
  );
}
