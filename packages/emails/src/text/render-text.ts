// The plain-text part: a document of its own built from the briefing model (headings, figures, timeline,
// sections with numbered source references, the sources with their links, the unsubscribe link).
import type { BriefingModel, SourceRef } from "../briefing/model.ts";
import { heading, WIDTH, wrap } from "./wrap.ts";

function refs(sources: SourceRef[], more: number): string {
  if (sources.length === 0) return "";
  return ` [${sources.map((source) => source.n).join(", ")}${more > 0 ? ` +${more} more` : ""}]`;
}

function padEnd(value: string, width: number): string {
  return value.length >= width ? `${value} ` : value.padEnd(width);
}

export function renderText(model: BriefingModel): string {
  const blocks: string[] = [];
  const title = `DAILY BRIEFING | ${model.dateLine}`;
  blocks.push(`${title}\n${wrap(model.headline)}`);

  if (model.summary.length > 0) {
    blocks.push([heading("Top lines"), ...model.summary.map((line) => wrap(line, "* ", "  "))].join("\n"));
  }

  if (model.figures.length > 0) {
    const lines = model.figures.map((figure) => {
      const number = [figure.qualifier, figure.text].filter(Boolean).join(" ");
      const details = [figure.sourcesLine.replace("Reported by ", ""), figure.conflict?.toLowerCase()].filter(
        Boolean,
      );
      return wrap(`${figure.label} (${details.join("; ")})`, `* ${number}: `, "  ");
    });
    blocks.push([heading("Key figures"), ...lines].join("\n"));
  }

  if (model.timeline.length > 0) {
    const width = Math.min(18, Math.max(...model.timeline.map((event) => event.date.length)) + 2);
    const row = (event: (typeof model.timeline)[number]) =>
      wrap(event.event, padEnd(event.date, width), " ".repeat(width));
    const news = model.timeline.filter((event) => !event.background).map(row);
    const background = model.timeline.filter((event) => event.background).map(row);
    blocks.push(
      [
        heading("Timeline"),
        ...news,
        ...(background.length > 0 ? ["", "Background:", ...background] : []),
      ].join("\n"),
    );
  }

  for (const section of model.sections) {
    const items = section.items.map((item) =>
      wrap(`${item.text}${refs(item.sources, item.moreSources)}`, "* ", "  "),
    );
    blocks.push([heading(section.title), ...items].join("\n"));
  }

  if (model.sources.length > 0) {
    const width = String(model.sources.length).length + 3;
    const items = model.sources.map((source) => {
      const about = [source.name, source.published].filter(Boolean).join(", ");
      const line = wrap(`${source.title} (${about})`, padEnd(`[${source.n}]`, width), " ".repeat(width));
      return source.url ? `${line}\n${" ".repeat(width)}${source.url}` : line;
    });
    const more = model.moreSources > 0 ? [`...and ${model.moreSources} more articles.`] : [];
    blocks.push([heading("Sources"), ...items, ...more].join("\n"));
  }

  const footer = [wrap(model.reason)];
  if (model.viewInBrowserUrl) footer.push(`View in browser: ${model.viewInBrowserUrl}`);
  footer.push(
    model.unsubscribeUrl
      ? `Unsubscribe: ${model.unsubscribeUrl}`
      : wrap('To unsubscribe, reply with the word "unsubscribe".'),
  );
  blocks.push(`${"-".repeat(Math.min(WIDTH, 24))}\n${footer.join("\n")}`);

  return `${blocks.join("\n\n")}\n`;
}
