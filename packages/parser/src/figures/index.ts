// Figures: the number grammar, kinds and labels of one article, and their merge across articles.
export { extractFigures, figuresOfSentence } from "./extract.ts";
export { FigureMerger, type FigureItem, mergeFigures, storyNames } from "./merge.ts";
