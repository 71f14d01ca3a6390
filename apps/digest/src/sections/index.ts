// Theme sections of the email: the most informative, non-repeated sentences per theme.
export {
  buildSections,
  type Candidate,
  candidates,
  type SectionOptions,
  type Statement,
  statements,
} from "./build.ts";
export { clusterNearDuplicates, type Fingerprint, fingerprint, jaccard, sameStatement } from "./dedupe.ts";
export { type Informativeness, informativeness } from "./informative.ts";
