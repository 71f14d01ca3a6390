// Figures: the number grammar, kinds and labels of one article, and their merge across articles.
export { extractFigures, figuresOfSentence } from "./extract.ts";
export { type FigureItem, FigureMerger, mergeFigures, storyNames } from "./merge.ts";
