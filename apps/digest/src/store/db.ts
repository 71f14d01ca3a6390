// Opening the SQLite store: the folder, the pragmas, the migrations, with errors that name the file.
import { randomBytes } from "node:crypto";
import { accessSync, constants, existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { WorkError } from "../errors.ts";
import { MIGRATIONS } from "./migrations.ts";

export type Db = Database.Database;

/** The store could not be opened or written: exit status 1, the message names the file. */
export class StoreError extends WorkError {
  override name = "StoreError";
}

const describe = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "SQLITE_READONLY" || /readonly/i.test(error.message)) return "the file is read-only";
  if (code === "SQLITE_CANTOPEN") return "it cannot be opened (missing folder or no permission)";
  if (code === "SQLITE_NOTADB") return "it is not a SQLite database";
  return error.message;
};

/**
 * Opens (creating if needed) the database at `path` and brings its schema up to date.
 * Durability: WAL with synchronous=NORMAL survives a crash or `kill -9` of this process (the case the
 * delivery log guards against); an operating-system crash or power cut may lose the last commits.
 */
export function openDatabase(path: string): Db {
  const file = resolve(path);
  const dir = dirname(file);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new StoreError(`cannot create the database folder ${dir}: ${describe(error)}`);
  }
  if (existsSync(file)) {
    try {
      accessSync(file, constants.R_OK | constants.W_OK);
    } catch (error) {
      throw new StoreError(`cannot open the database ${file}: ${describe(error)}`);
    }
  } else {
    try {
      accessSync(dir, constants.W_OK);
    } catch (error) {
      throw new StoreError(`cannot create the database ${file}: ${describe(error)} on ${dir}`);
    }
  }
  let db: Db;
  try {
    db = new Database(file, { fileMustExist: false });
  } catch (error) {
    throw new StoreError(`cannot open the database ${file}: ${describe(error)}`);
  }
  try {
    db.pragma("busy_timeout = 5000");
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    migrate(db);
  } catch (error) {
    db.close();
    throw new StoreError(`cannot use the database ${file}: ${describe(error)}`);
  }
  return db;
}

function migrate(db: Db): void {
  const version = db.pragma("user_version", { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    throw new Error(
      `its schema version ${version} is newer than this program knows (${MIGRATIONS.length}); upgrade briefing`,
    );
  }
  if (version === MIGRATIONS.length) return;
  db.transaction(() => {
    for (let step = version; step < MIGRATIONS.length; step++) db.exec(MIGRATIONS[step] as string);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}

/** The unsubscribe signing key: `BRIEFING_SECRET` when set, otherwise generated once and kept in the store. */
export function signingSecret(db: Db, fromEnvironment: string | null): string {
  if (fromEnvironment) return fromEnvironment;
  const row = db.prepare("SELECT value FROM settings WHERE key = 'secret'").get() as
    | { value: string }
    | undefined;
  if (row) return row.value;
  const secret = randomBytes(32).toString("base64url");
  db.prepare("INSERT OR IGNORE INTO settings (key, value) VALUES ('secret', ?)").run(secret);
  return (db.prepare("SELECT value FROM settings WHERE key = 'secret'").get() as { value: string }).value;
}

export const now = (): string => new Date().toISOString();
