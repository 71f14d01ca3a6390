import { spawnSync } from "node:child_process";
import { chmod, cp, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError, loadInputs } from "./load.ts";

const GOOD = join(import.meta.dirname, "fixtures", "good");
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "briefing-input-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
}

describe("loadInputs: folders", () => {
  it("reads a folder mixing good and bad files: the good ones built, each bad one named", async () => {
    const mixed = join(dir, "mixed");
    await cp(GOOD, mixed, { recursive: true });
    await writeFile(join(mixed, "empty.txt"), "");
    await writeFile(
      join(mixed, "binary.md"),
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 0x10]),
    );
    await writeFile(join(mixed, "huge.txt"), Buffer.alloc(5 * 1024 * 1024 + 10, 0x61));
    await writeFile(join(mixed, "photo.jpg"), Buffer.from([0xff, 0xd8, 0xff, 0]));
    await writeFile(join(mixed, ".hidden.md"), "A hidden file is not an article.\n");
    await writeFile(
      join(mixed, "broken-front.md"),
      "---\ntitle: [oops\n---\nSnow Day\nThe schools closed for the first snow day of the winter.\n",
    );
    await writeFile(join(mixed, "not-a-feed.xml"), "<?xml version='1.0'?><note>hello</note>");
    await writeFile(
      join(mixed, "utf16.txt"),
      utf16le("Bakery Prize\nThe corner bakery won the regional prize for its rye loaf.\n"),
    );
    await writeFile(
      join(mixed, "latin1.txt"),
      Buffer.from(
        "Café Reopens\nThe café on the quay reopened after a winter of repairs to its façade.\n",
        "latin1",
      ),
    );
    await symlink(join(mixed, "gone.md"), join(mixed, "dangling.md"));

    const { articles, warnings } = await loadInputs([mixed]);
    expect(articles.map((a) => a.id)).toEqual([
      "report",
      "report-2",
      "broken-front",
      "ice-skating-rink-opens-early",
      "boat-club-elects-new-chair",
      "latin1",
      "page",
      "utf16",
    ]);
    const byId = new Map(articles.map((a) => [a.id, a]));
    expect(byId.get("report")?.title).toBe("Tram line extension approved");
    expect(byId.get("report-2")?.paragraphs).toHaveLength(2); // CRLF file
    expect(byId.get("broken-front")?.paragraphs).toEqual([
      "The schools closed for the first snow day of the winter.",
    ]);
    expect(byId.get("latin1")?.title).toBe("Café Reopens");
    expect(byId.get("utf16")?.title).toBe("Bakery Prize");
    expect(byId.get("page")?.paragraphs).toHaveLength(2);
    expect(byId.get("page")?.published).toBe("2024-12-05");

    const named = (file: string) => warnings.filter((w) => w.startsWith(join(mixed, file)));
    expect(named("empty.txt")[0]).toMatch(/empty file/);
    expect(named("binary.md")[0]).toMatch(/binary/);
    expect(named("huge.txt")[0]).toMatch(/larger than 5 MB/);
    expect(named("broken-front.md")[0]).toMatch(/front matter is not valid YAML/);
    expect(named("not-a-feed.xml")[0]).toMatch(/not a readable RSS/);
    expect(named("dangling.md")[0]).toMatch(/cannot read/);
    expect(warnings.some((w) => w.includes("photo.jpg") || w.includes(".hidden"))).toBe(false);
    expect(warnings).toHaveLength(6);
    for (const warning of warnings) expect(warning).not.toContain("\n");
  });

  it("warns about an unreadable file inside a folder, and fails on an unreadable named file", async () => {
    const folder = join(dir, "locked");
    await cp(GOOD, folder, { recursive: true });
    await chmod(dir, 0o755);
    await chmod(join(folder, "page.html"), 0o000);
    const script = join(dir, "read-locked.mts");
    await writeFile(
      script,
      [
        `import { loadInputs } from ${JSON.stringify(join(import.meta.dirname, "load.ts"))};`,
        `const inFolder = await loadInputs([${JSON.stringify(folder)}]);`,
        `const named = await loadInputs([${JSON.stringify(join(folder, "page.html"))}]).then(() => "read", (e) => e.name + ": " + e.message);`,
        "console.log(JSON.stringify({ ids: inFolder.articles.map((a) => a.id), warnings: inFolder.warnings, named }));",
      ].join("\n"),
    );
    await chmod(script, 0o644);
    // Root reads any file: the check runs as an unprivileged user when the tests run as root.
    const asRoot = process.getuid?.() === 0;
    const child = spawnSync(process.execPath, ["--import", "tsx", script], {
      encoding: "utf8",
      cwd: import.meta.dirname,
      env: { ...process.env, HOME: tmpdir() },
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(child.stderr).toBe("");
    const result = JSON.parse(child.stdout) as { ids: string[]; warnings: string[]; named: string };
    expect(result.ids).toEqual([
      "report",
      "report-2",
      "ice-skating-rink-opens-early",
      "boat-club-elects-new-chair",
    ]);
    expect(result.warnings).toEqual([
      `${join(folder, "page.html")}: cannot read (permission denied); skipped`,
    ]);
    expect(result.named).toBe(
      `InputError: cannot read input ${join(folder, "page.html")} (permission denied)`,
    );
  }, 60_000);

  it("throws an InputError naming a missing path", async () => {
    const missing = join(dir, "no-such-folder");
    await expect(loadInputs([GOOD, missing])).rejects.toThrow(InputError);
    await expect(loadInputs([missing])).rejects.toThrow(missing);
  });

  it("reads single files and keeps ids unique across inputs", async () => {
    const file = join(GOOD, "a", "report.md");
    const { articles } = await loadInputs([file, file]);
    expect(articles.map((a) => a.id)).toEqual(["report", "report-2"]);
  });
});
