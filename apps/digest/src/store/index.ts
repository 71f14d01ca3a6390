// @briefing/digest store: SQLite (better-sqlite3) with migrations.
export * from "./archive.ts";
export * from "./db.ts";
export * from "./deliveries.ts";
