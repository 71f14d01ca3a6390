/** @jsxRuntime automatic @jsxImportSource react */
import type { SourceView } from "../../briefing/model.ts";
import { light } from "../palette.ts";
import { FONT, small } from "../styles.ts";
import { A, Block, breakable, SectionHeading } from "./layout.tsx";

/** Every article the briefing draws on: number, title (linked), outlet and date. */
export function Sources({ sources, more = 0 }: { sources: SourceView[]; more?: number }) {
  return (
    <Block bottom={8}>
      <SectionHeading>Sources</SectionHeading>
      <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0}>
        <tbody>
          {sources.map((source) => (
            <tr key={source.n}>
              <td
                width="28"
                valign="top"
                className="bm"
                style={{ ...small, width: "28px", padding: "0 0 8px 0", fontFamily: FONT }}
              >
                {source.n}.
              </td>
              <td valign="top" style={{ padding: "0 0 8px 0" }}>
                <p className="bt" style={{ ...small, color: light.text }}>
                  {source.url ? <A href={source.url}>{breakable(source.title)}</A> : breakable(source.title)}
                  <span className="bm" style={{ color: light.muted }}>
                    {" — "}
                    {breakable(source.name)}
                    {source.published ? `, ${source.published}` : ""}
                  </span>
                </p>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 ? (
        <p className="bm" style={{ ...small, color: light.muted }}>
          {`…and ${more} more ${more === 1 ? "article" : "articles"}.`}
        </p>
      ) : null}
    </Block>
  );
}
