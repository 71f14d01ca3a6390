// Figures: the number grammar, kinds and labels of one article, and their merge across articles.
export { extractFigures, figuresOfSentence } from "./extract.ts";
export { mergeFigures } from "./merge.ts";
