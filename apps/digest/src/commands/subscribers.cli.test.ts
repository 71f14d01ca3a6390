// `briefing subscribers …` and `briefing start` through the real command line (child processes).
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { briefing, samplesDir } from "../delivery/cli-child.ts";
import { openDatabase, signingSecret } from "../store/db.ts";
import { unsubscribeToken } from "../subscribers/unsubscribe.ts";

const setup = () => {
  const dir = mkdtempSync(join(tmpdir(), "briefing-cli-"));
  return { dir, env: { BRIEFING_DB: join(dir, "data", "briefing.db") } };
};

describe("briefing subscribers", { timeout: 120_000 }, () => {
  it("adds, lists, imports, removes; bad input is named and nothing stored is lost", async () => {
    const { dir, env } = setup();
    expect((await briefing(["subscribers", "add", "Ana@Example.org", "--name", "Ana"], { env })).stdout).toBe(
      "added ana@example.org\n",
    );
    const badAddress = await briefing(["subscribers", "add", "ana(at)example.org"], { env });
    expect(badAddress.status).toBe(2);
    expect(badAddress.stderr).toMatch(/invalid address "ana\(at\)example\.org"/);

    writeFileSync(
      join(dir, "list.csv"),
      "email,name\nben@example.com,Ben\nnope,Nope\nana@example.org,Ana Lopez\n",
    );
    const imported = await briefing(["subscribers", "import", join(dir, "list.csv")], { env });
    expect(imported.status).toBe(0);
    expect(imported.stderr).toMatch(/list\.csv line 3: invalid address "nope": missing @; row skipped/);
    expect(imported.stdout).toMatch(/1 added, 1 updated, 0 unchanged, 1 invalid rows skipped/);

    writeFileSync(join(dir, "broken.csv"), 'email,name\ncleo@example.org,"Cleo\n');
    const broken = await briefing(["subscribers", "import", join(dir, "broken.csv")], { env });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/broken\.csv line \d+: not valid CSV/);

    expect((await briefing(["subscribers", "remove", "ben@example.com"], { env })).status).toBe(0);
    const unknown = await briefing(["subscribers", "remove", "zed@example.com"], { env });
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/no subscriber zed@example\.com/);

    // The token of a link in a message unsubscribes its owner; a forged one is refused.
    const db = openDatabase(env.BRIEFING_DB);
    const token = unsubscribeToken(signingSecret(db, null), "ana@example.org");
    db.close();
    const forged = await briefing(
      ["subscribers", "remove", "--token", `${token.split(".")[0]}.AAAAAAAAAAAAAAAAAAAAAA`],
      {
        env,
      },
    );
    expect(forged.status).toBe(1);
    expect(forged.stderr).toMatch(/not a valid unsubscribe token/);
    const byToken = await briefing(["subscribers", "remove", "--token", token], { env });
    expect(byToken.stdout).toBe("unsubscribed ana@example.org\n");
    expect((await briefing(["subscribers", "add", "ana@example.org"], { env })).stderr).toMatch(
      /subscribed again/,
    );

    const list = await briefing(["subscribers", "list", "--json"], { env });
    expect(
      JSON.parse(list.stdout).map((s: { email: string; name: string; status: string }) => [
        s.email,
        s.name,
        s.status,
      ]),
    ).toEqual([
      ["ana@example.org", "Ana Lopez", "active"],
      ["ben@example.com", "Ben", "unsubscribed"],
    ]);
    expect((await briefing(["subscribers", "list"], { env })).stdout).toBe(
      "ana@example.org\tAna Lopez\tactive\nben@example.com\tBen\tunsubscribed\n",
    );
  });

  it("names the database path it cannot write", async () => {
    const { dir } = setup();
    writeFileSync(join(dir, "not-a-folder"), "");
    const path = join(dir, "not-a-folder", "briefing.db");
    const run = await briefing(["subscribers", "list"], { env: { BRIEFING_DB: path } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(join(dir, "not-a-folder"));
    expect(run.stderr).toMatch(/cannot create the database folder/);
  });
});

describe("briefing start", { timeout: 120_000 }, () => {
  it("builds into out/, seeds sample subscribers, fills the outbox; the rerun sends nothing new", async () => {
    const { dir, env } = setup();
    const args = ["start", "--input", samplesDir, "--date", "2024-12-07"];
    const first = await briefing(args, { cwd: dir, env });
    expect(first.status, first.stderr).toBe(0);
    expect(readdirSync(join(dir, "out")).sort()).toEqual([
      "briefing-2024-12-07.html",
      "briefing-2024-12-07.json",
      "briefing-2024-12-07.txt",
    ]);
    expect(first.stdout).toMatch(/seeded 4 sample subscribers/);
    expect(first.stdout).toMatch(/sent 4, skipped 0, failed 0/);
    const files = readdirSync(join(dir, "outbox", "2024-12-07"));
    expect(files).toHaveLength(4);
    expect(files.every((f) => /@example\.(org|com)\.eml$/.test(f))).toBe(true);

    const second = await briefing(args, { cwd: dir, env });
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/nothing new to send, all 4 subscribers already have it/);
    expect(second.stdout).not.toMatch(/seeded/);
    expect(readdirSync(join(dir, "outbox", "2024-12-07"))).toHaveLength(4);
  });
});
