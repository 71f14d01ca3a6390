// The pool's worker when the command runs from source (tsx): worker threads do not inherit tsx's
// loader on Node 20, so it is registered here before the TypeScript module is loaded.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
