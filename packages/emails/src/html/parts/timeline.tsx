/** @jsxRuntime automatic @jsxImportSource react */
import type { EventView } from "../../briefing/model.ts";
import { light } from "../palette.ts";
import { FONT, small, text } from "../styles.ts";
import { Block, breakable, SectionHeading } from "./layout.tsx";

function EventRow({ event }: { event: EventView }) {
  const cell = { padding: "8px 0", borderBottom: `1px solid ${light.rule}`, fontFamily: FONT } as const;
  return (
    <tr>
      <td width="92" valign="top" className="br" style={{ ...cell, width: "92px", paddingRight: "10px" }}>
        <p className="ba" style={{ ...small, fontWeight: 700, color: light.accent }}>
          {event.date}
        </p>
      </td>
      <td valign="top" className="br" style={cell}>
        <p className="bt" style={{ ...text, fontSize: "15px", lineHeight: "20px" }}>
          {breakable(event.event)}
        </p>
      </td>
    </tr>
  );
}

/** Latest events, oldest first; background (history) after the news under its own label. */
export function Timeline({ events }: { events: EventView[] }) {
  const news = events.filter((event) => !event.background);
  const background = events.filter((event) => event.background);
  return (
    <Block>
      <SectionHeading>Timeline</SectionHeading>
      <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0}>
        <tbody>
          {news.map((event, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a static list, rendered once on the server
            <EventRow key={`n${index}`} event={event} />
          ))}
          {background.length > 0 ? (
            <tr>
              <td colSpan={2} style={{ padding: "12px 0 0 0" }}>
                <p className="bm" style={{ ...small, fontWeight: 700 }}>
                  Background
                </p>
              </td>
            </tr>
          ) : null}
          {background.map((event, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a static list, rendered once on the server
            <EventRow key={`b${index}`} event={event} />
          ))}
        </tbody>
      </table>
    </Block>
  );
}
