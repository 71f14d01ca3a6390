/** @jsxRuntime automatic @jsxImportSource react */
import { light } from "../palette.ts";
import { FONT, text } from "../styles.ts";
import { Block, breakable, SectionHeading } from "./layout.tsx";

/** The 2–4 sentences a reader takes in first, as a bulleted list (table rows: bullets survive every client). */
export function TopLines({ lines }: { lines: string[] }) {
  return (
    <Block>
      <SectionHeading>Top lines</SectionHeading>
      <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0}>
        <tbody>
          {lines.map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a static list, rendered once on the server
            <tr key={index}>
              <td
                width="18"
                valign="top"
                className="ba"
                style={{
                  width: "18px",
                  padding: "0 0 10px 0",
                  fontFamily: FONT,
                  fontSize: "16px",
                  lineHeight: "26px",
                  color: light.accent,
                  fontWeight: 700,
                }}
              >
                ■
              </td>
              <td valign="top" style={{ padding: "0 0 10px 0" }}>
                <p className="bt" style={{ ...text, fontSize: "17px", lineHeight: "26px", fontWeight: 600 }}>
                  {breakable(line)}
                </p>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Block>
  );
}
