/** @jsxRuntime automatic @jsxImportSource react */
import { light } from "../palette.ts";
import { FONT } from "../styles.ts";
import { Block, breakable } from "./layout.tsx";

/** The navy band: "DAILY BRIEFING", the date, the headline. */
export function Header({ dateLine, headline }: { dateLine: string; headline: string }) {
  return (
    <Block top={20} bottom={22} className="bb" style={{ backgroundColor: light.band }}>
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
    </Block>
  );
}
