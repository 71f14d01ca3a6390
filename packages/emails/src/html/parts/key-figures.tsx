/** @jsxRuntime automatic @jsxImportSource react */
import type { FigureView } from "../../briefing/model.ts";
import { light } from "../palette.ts";
import { FONT, small, text } from "../styles.ts";
import { Block, breakable, SectionHeading } from "./layout.tsx";

/** One figure box: the cell itself carries the background so boxes in a row share one height. */
function FigureCell({ figure, colSpan, half }: { figure: FigureView; colSpan?: number; half?: boolean }) {
  return (
    <td
      className="bx"
      colSpan={colSpan}
      valign="top"
      width={half ? "48%" : undefined}
      style={{
        ...(half ? { width: "48%" } : {}),
        backgroundColor: light.box,
        borderLeft: `4px solid ${light.boxEdge}`,
        padding: "10px 10px 12px 12px",
        fontFamily: FONT,
      }}
    >
      {figure.qualifier ? (
        <p className="bm" style={{ ...small, color: light.muted }}>
          {figure.qualifier}
        </p>
      ) : null}
      <p
        className="ba"
        style={{
          margin: 0,
          fontFamily: FONT,
          fontSize: "28px",
          lineHeight: "34px",
          fontWeight: 700,
          color: light.accent,
        }}
      >
        {figure.prefix}
        {figure.number.digits}
        {figure.number.scale || figure.unit ? (
          <span style={{ fontSize: "17px", lineHeight: "22px", fontWeight: 700 }}>
            {" "}
            {[figure.number.scale, figure.unit].filter(Boolean).join(" ")}
          </span>
        ) : null}
      </p>
      <p className="bt" style={{ ...text, margin: "4px 0 0 0", fontSize: "15px", lineHeight: "21px" }}>
        {breakable(figure.label)}
      </p>
      <p className="bm" style={{ ...small, margin: "6px 0 0 0" }}>
        {figure.sourcesLine}
        {figure.conflict ? (
          <>
            <br />
            {figure.conflict}
          </>
        ) : null}
      </p>
    </td>
  );
}

const gap = { width: "4%", fontSize: "14px", lineHeight: "10px" } as const;

/** Key figures two to a row (a lone last one spans the row); gaps are cells, since Outlook ignores border-spacing. */
export function KeyFigures({ figures }: { figures: FigureView[] }) {
  const rows: FigureView[][] = [];
  for (let i = 0; i < figures.length; i += 2) rows.push(figures.slice(i, i + 2));
  return (
    <Block>
      <SectionHeading>Key figures</SectionHeading>
      <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0}>
        <tbody>
          {rows.map((row, index) => [
            index > 0 ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: a static list, rendered once on the server
              <tr key={`gap${index}`}>
                <td colSpan={3} height="10" style={{ height: "10px", fontSize: "14px", lineHeight: "10px" }}>
                  &nbsp;
                </td>
              </tr>
            ) : null,
            // biome-ignore lint/suspicious/noArrayIndexKey: a static list, rendered once on the server
            <tr key={index}>
              {row.length === 1 ? (
                <FigureCell figure={row[0] as FigureView} colSpan={3} />
              ) : (
                <>
                  <FigureCell figure={row[0] as FigureView} half />
                  <td width="4%" style={gap}>
                    &nbsp;
                  </td>
                  <FigureCell figure={row[1] as FigureView} half />
                </>
              )}
            </tr>,
          ])}
        </tbody>
      </table>
    </Block>
  );
}
