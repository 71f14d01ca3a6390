// Theme sections of the email: the most informative, non-repeated sentences per theme.
export {
  buildSections,
  type Candidate,
  candidates,
  candidatesOf,
  latestYear,
  type SectionOptions,
  type SectionSentence,
  type SentenceMemo,
  type Statement,
  sectionsOf,
  sentenceReader,
  statements,
  themeCode,
  themeListOf,
} from "./build.ts";
export {
  clusterNearDuplicates,
  type Fingerprint,
  fingerprint,
  jaccard,
  printIncludes,
  sameStatement,
} from "./dedupe.ts";
export {
  type Informativeness,
  informativeness,
  measureSentence,
  type SentenceMeasure,
  settleMeasure,
} from "./informative.ts";
