/** @jsxRuntime automatic @jsxImportSource react */
import type { SectionView, SourceRef } from "../../briefing/model.ts";
import { themeMark } from "../palette.ts";
import { small, text } from "../styles.ts";
import { A, Block, breakable, SectionHeading } from "./layout.tsx";

/** "— Reuters · Al Jazeera +3 more", each name linking to its article when it has an http(s) URL. */
export function Attribution({ sources, more = 0 }: { sources: SourceRef[]; more?: number }) {
  if (sources.length === 0) return null;
  return (
    <>
      {"— "}
      {sources.map((source, index) => (
        <span key={source.n}>
          {index > 0 ? " · " : null}
          {source.url ? <A href={source.url}>{breakable(source.name)}</A> : breakable(source.name)}
        </span>
      ))}
      {more > 0 ? ` +${more} more` : null}
    </>
  );
}

export function ThemeSection({ section }: { section: SectionView }) {
  return (
    <Block>
      <SectionHeading mark={themeMark[section.theme]}>{section.title}</SectionHeading>
      {section.items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a static list, rendered once on the server
        <p key={index} className="bt" style={{ ...text, margin: index === 0 ? 0 : "14px 0 0 0" }}>
          {breakable(item.text)}
          {item.sources.length > 0 ? (
            <span className="bm" style={{ ...small, display: "inline" }}>
              {" "}
              <Attribution sources={item.sources} more={item.moreSources} />
            </span>
          ) : null}
        </p>
      ))}
    </Block>
  );
}
