/** The user asked for something malformed: exit status 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** The work could not be done: exit status 1, the message says why. */
export class WorkError extends Error {
  override name = "WorkError";
}
