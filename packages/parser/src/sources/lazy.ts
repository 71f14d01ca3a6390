// The DOM and feed libraries load on first use: together they take a large share of the command's start-up,
// and a folder of Markdown never needs them. Their CommonJS builds are required synchronously so the
// readers stay synchronous.
import { createRequire } from "node:module";

type Linkedom = typeof import("linkedom");
type ReadabilityModule = typeof import("@mozilla/readability");
type Feedsmith = typeof import("feedsmith");

const require = createRequire(import.meta.url);
let linkedom: Linkedom | undefined;
let readability: ReadabilityModule | undefined;
let feedsmith: Feedsmith | undefined;

export const loadLinkedom = (): Linkedom => (linkedom ??= require("linkedom") as Linkedom);
export const loadReadability = (): ReadabilityModule =>
  (readability ??= require("@mozilla/readability") as ReadabilityModule);
export const loadFeedsmith = (): Feedsmith => (feedsmith ??= require("feedsmith") as Feedsmith);
