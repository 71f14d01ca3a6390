/** @jsxRuntime automatic @jsxImportSource react */
import { light } from "../palette.ts";
import { small } from "../styles.ts";
import { A, Block } from "./layout.tsx";

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
    <Block top={20} bottom={28} className="bf" style={{ backgroundColor: light.footer }}>
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
    </Block>
  );
}
