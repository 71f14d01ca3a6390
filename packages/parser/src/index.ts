// @briefing/parser: pure functions from article text to articles, figures and dated events.
export * from "./article/index.ts";
export * from "./figures/index.ts";
export * from "./sources/index.ts";
export * from "./text/index.ts";
export * from "./timeline/index.ts";
export * from "./types.ts";
