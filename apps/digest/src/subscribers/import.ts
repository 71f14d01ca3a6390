// `subscribers import FILE.csv`: a header row with `email` (and optionally `name`); invalid rows are
// reported by line number and skipped, valid rows imported in one transaction (all or nothing).
import { readFileSync } from "node:fs";
import { CsvError, parse } from "csv-parse/sync";
import { WorkError } from "../errors.ts";
import type { Db } from "../store/db.ts";
import { checkAddress, normaliseName } from "./address.ts";
import { type UpsertOutcome, upsertSubscriber } from "./repository.ts";

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  /** Addresses in the file that unsubscribed earlier: names updated, still not mailed. */
  keptUnsubscribed: number;
  /** One line per skipped row: "FILE line N: why". */
  invalid: string[];
}

interface CsvRow {
  record: Record<string, string | undefined>;
  info: { lines: number };
}

/** Parses the CSV text; throws WorkError naming the file and line when it is not CSV or lacks `email`. */
export function parseSubscribersCsv(
  text: string,
  file: string,
): { line: number; email: string; name: string | null }[] {
  let rows: CsvRow[];
  try {
    rows = parse(text, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      bom: true,
      info: true,
      relax_column_count: true,
    }) as unknown as CsvRow[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new WorkError(
        `${file}${line ? ` line ${line}` : ""}: not valid CSV (${error.message}); nothing imported`,
      );
    }
    throw error;
  }
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const columns = header.split(",").map((h) => h.trim().replace(/^"|"$/g, "").toLowerCase());
  if (!columns.includes("email")) {
    throw new WorkError(
      `${file} line 1: the header row has no "email" column (found: ${columns.filter(Boolean).join(", ") || "nothing"}); nothing imported`,
    );
  }
  return rows.map(({ record, info }) => ({
    line: info.lines,
    email: record.email ?? "",
    name: normaliseName(record.name),
  }));
}

export function importSubscribers(db: Db, file: string): ImportReport {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new WorkError(
      `cannot read ${file}: ${code === "ENOENT" ? "no such file" : (error as Error).message}`,
    );
  }
  const rows = parseSubscribersCsv(text, file);
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, keptUnsubscribed: 0, invalid: [] };
  const valid: { email: string; name: string | null }[] = [];
  for (const row of rows) {
    const checked = checkAddress(row.email);
    if (!checked.ok) {
      report.invalid.push(`${file} line ${row.line}: invalid address "${row.email}": ${checked.reason}`);
      continue;
    }
    valid.push({ email: checked.address, name: row.name });
  }
  const count = (outcome: UpsertOutcome) => {
    if (outcome === "added") report.added++;
    else if (outcome === "updated" || outcome === "resubscribed") report.updated++;
    else if (outcome === "unchanged") report.unchanged++;
    else report.keptUnsubscribed++;
  };
  db.transaction(() => {
    for (const row of valid) count(upsertSubscriber(db, row.email, row.name, { resubscribe: false }));
  }).immediate();
  return report;
}
