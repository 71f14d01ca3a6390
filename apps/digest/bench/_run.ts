import { benchSend } from "/work/main/apps/digest/bench/send.ts";
import { formatLine } from "/work/main/apps/digest/bench/measure.ts";
for (const line of await benchSend()) console.log(formatLine(line));
