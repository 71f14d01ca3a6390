/** @jsxRuntime automatic @jsxImportSource react */
import { light } from "../palette.ts";
import { FONT, GUTTER } from "../styles.ts";
import { breakable } from "./layout.tsx";

/** The navy band: "DAILY BRIEFING", the date, the headline. */
export function Header({ dateLine, headline }: { dateLine: string; headline: string }) {
  return (
    <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0}>
      <tbody>
        <tr>
          <td
            className="bb"
            style={{
              backgroundColor: light.band,
              padding: `20px ${GUTTER}px 22px ${GUTTER}px`,
              fontFamily: FONT,
            }}
          >
            <p
              className="bhm"
              style={{
                margin: 0,
                fontFamily: FONT,
                fontSize: "14px",
                lineHeight: "20px",
                letterSpacing: "1px",
                textTransform: "uppercase",
                fontWeight: 700,
                color: light.bandMuted,
              }}
            >
              Daily briefing
            </p>
            <p
              className="bh"
              style={{
                margin: "2px 0 0 0",
                fontFamily: FONT,
                fontSize: "15px",
                lineHeight: "22px",
                color: light.bandText,
              }}
            >
              {dateLine}
            </p>
            <h1
              className="bh"
              style={{
                margin: "12px 0 0 0",
                fontFamily: FONT,
                fontSize: "23px",
                lineHeight: "30px",
                fontWeight: 700,
                color: light.bandText,
              }}
            >
              {breakable(headline)}
            </h1>
          </td>
        </tr>
      </tbody>
    </table>
  );
}
