// `briefing subscribers add EMAIL [--name NAME] | remove EMAIL | list [--json] | import FILE.csv`
import type { Command } from "commander";
import { readConfig } from "../config.ts";
import { UsageError, WorkError } from "../errors.ts";
import { type Db, openDatabase, signingSecret } from "../store/db.ts";
import { checkAddress, normaliseName } from "../subscribers/address.ts";
import { importSubscribers } from "../subscribers/import.ts";
import { findSubscriber, listSubscribers, unsubscribe, upsertSubscriber } from "../subscribers/repository.ts";
import { verifyUnsubscribeToken } from "../subscribers/unsubscribe.ts";

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);

function withStore<T>(work: (db: Db) => T): T {
  const db = openDatabase(readConfig().dbPath);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

function address(input: string): string {
  const checked = checkAddress(input);
  if (!checked.ok) throw new UsageError(`invalid address "${input}": ${checked.reason}`);
  return checked.address;
}

export function runAdd(email: string, options: { name?: string }): void {
  const normalised = address(email);
  const name = normaliseName(options.name);
  withStore((db) => {
    const before = findSubscriber(db, normalised);
    const outcome = upsertSubscriber(db, normalised, name, { resubscribe: true });
    if (outcome === "added") out(`added ${normalised}`);
    else if (outcome === "resubscribed") {
      err(
        `warning: ${normalised} had unsubscribed on ${before?.unsubscribedAt ?? "an earlier date"}; subscribed again`,
      );
      out(`subscribed ${normalised} again`);
    } else if (outcome === "updated") out(`updated ${normalised}`);
    else out(`${normalised} is already subscribed`);
  });
}

export function runRemove(email: string | undefined, options: { token?: string } = {}): void {
  if (options.token !== undefined) {
    if (email !== undefined) throw new UsageError("give an address or --token, not both");
    const token = options.token;
    withStore((db) => {
      const owner = verifyUnsubscribeToken(signingSecret(db, readConfig().secret), token);
      if (owner === null)
        throw new WorkError("--token: not a valid unsubscribe token (wrong signature or malformed)");
      removeAddress(db, owner);
    });
    return;
  }
  if (email === undefined) throw new UsageError("remove needs an address (or --token TOKEN)");
  const normalised = address(email);
  withStore((db) => removeAddress(db, normalised));
}

function removeAddress(db: Db, normalised: string): void {
  const before = findSubscriber(db, normalised);
  if (!unsubscribe(db, normalised)) throw new WorkError(`no subscriber ${normalised}`);
  out(
    before?.status === "unsubscribed"
      ? `${normalised} was already unsubscribed`
      : `unsubscribed ${normalised}`,
  );
}

export function runList(options: { json?: boolean }): void {
  withStore((db) => {
    const subscribers = listSubscribers(db);
    if (options.json) {
      out(
        JSON.stringify(
          subscribers.map((s) => ({
            email: s.email,
            name: s.name,
            status: s.status,
            createdAt: s.createdAt,
            updatedAt: s.updatedAt,
            unsubscribedAt: s.unsubscribedAt,
          })),
          null,
          2,
        ),
      );
      return;
    }
    for (const s of subscribers) out([s.email, s.name ?? "", s.status].join("\t"));
  });
}

export function runImport(file: string): void {
  withStore((db) => {
    const report = importSubscribers(db, file);
    for (const line of report.invalid) err(`warning: ${line}; row skipped`);
    const kept = report.keptUnsubscribed ? `, ${report.keptUnsubscribed} left unsubscribed` : "";
    out(
      `imported ${file}: ${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged${kept}, ${report.invalid.length} invalid rows skipped`,
    );
  });
}

export function registerSubscribersCommand(program: Command): void {
  const subscribers = program.command("subscribers").description("manage the subscriber list");
  subscribers
    .command("add")
    .description("add a subscriber (or update the name; subscribes an unsubscribed address again)")
    .argument("<email>")
    .option("--name <name>", "display name")
    .action((email: string, options: { name?: string }) => runAdd(email, options));
  subscribers
    .command("remove")
    .description("unsubscribe an address (kept for the record, never mailed again)")
    .argument("[email]")
    .option("--token <token>", "the token of an unsubscribe link or mailto request, instead of the address")
    .action((email: string | undefined, options: { token?: string }) => runRemove(email, options));
  subscribers
    .command("list")
    .description("list subscribers: email, name, status (tab-separated)")
    .option("--json", "as JSON")
    .action((options: { json?: boolean }) => runList(options));
  subscribers
    .command("import")
    .description("import a CSV with a header row: email[,name]; existing addresses are updated")
    .argument("<file>")
    .action((file: string) => runImport(file));
}
