import type { Theme } from "@briefing/parser";

/** The themes in the order the email shows them (the same list as the parser's THEMES). */
export const THEME_LIST: readonly Theme[] = ["military", "humanitarian", "diplomatic"];
