// `pnpm bench` for @briefing/digest: every figure is printed as `name: value unit (x.xx× baseline)`.
import { fileURLToPath } from "node:url";
import { benchBuild } from "./build.ts";
import { formatLine } from "./measure.ts";
import { benchSend } from "./send.ts";

const samplesDir = fileURLToPath(new URL("../../../samples/articles", import.meta.url));

for (const line of await benchBuild(samplesDir)) console.log(formatLine(line));
for (const line of await benchSend()) console.log(formatLine(line));
