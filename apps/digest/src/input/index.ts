// Inputs: --input files, folders and URLs to articles (see load.ts).
export { FetchError, type FetchOptions, fetchUrl, MAX_REDIRECTS, USER_AGENT } from "./fetch.ts";
export {
  InputError,
  type InputJob,
  type LoadOptions,
  type LoadResult,
  loadInputs,
  planInputs,
  readJob,
  uniqueIdMaker,
} from "./load.ts";
