export { splitSentences } from "./sentences.ts";
