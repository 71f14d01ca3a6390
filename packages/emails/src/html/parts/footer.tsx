/** @jsxRuntime automatic @jsxImportSource react */
import { light } from "../palette.ts";
import { FONT, GUTTER, small } from "../styles.ts";
import { A } from "./layout.tsx";

export function Footer({
  reason,
  unsubscribeUrl,
  viewInBrowserUrl,
}: {
  reason: string;
  unsubscribeUrl: string | null;
  viewInBrowserUrl: string | null;
}) {
  return (
    <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0}>
      <tbody>
        <tr>
          <td
            className="bf"
            style={{
              backgroundColor: light.footer,
              padding: `20px ${GUTTER}px 28px ${GUTTER}px`,
              fontFamily: FONT,
            }}
          >
            <p className="bm" style={small}>
              {reason}
            </p>
            <p className="bm" style={{ ...small, margin: "10px 0 0 0" }}>
              {viewInBrowserUrl ? (
                <>
                  <A href={viewInBrowserUrl}>View in browser</A>
                  {" · "}
                </>
              ) : null}
              {unsubscribeUrl ? (
                <A href={unsubscribeUrl}>Unsubscribe</A>
              ) : (
                "To unsubscribe, reply with the word “unsubscribe”."
              )}
            </p>
          </td>
        </tr>
      </tbody>
    </table>
  );
}
