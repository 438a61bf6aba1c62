// Nothing outside the content folder is read, nothing outside the output folder (its staging
// folder, its build lock) and the content folder's lock file is written, by real path: links,
// devices, pipes, odd file names and unreadable folders, run through the real build command.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { freshOutput, readExport, runBuild } from "../support/build.js";
import { allText, sandbox, smallContent, treeSnapshot, tryRun, tulsa } from "./support.js";

type Rejected = { file: string; line: number | null; reason: string };
const rejectedOf = (output: string): Record<string, string> =>
  Object.fromEntries((readExport(output).rejected as Rejected[]).map((r) => [r.file, r.reason]));

describe("links out of the content folder are never read", () => {
  it("rejects links to files and folders elsewhere, /etc/passwd and /dev/zero with a reason, and publishes none of their bytes", () => {
    const box = sandbox();
    mkdirSync(join(box, "elsewhere"));
    writeFileSync(join(box, "elsewhere", "secret.jsonl"), `${JSON.stringify({ id: "s", title: "TOPSECRET-TITLE", text: "TOPSECRET-TEXT in Tulsa", published: "2024-03-04" })}\n`);
    writeFileSync(join(box, "elsewhere", "other.md"), tulsa().replace("Shooting in Tulsa", "TOPSECRET-MD"));
    const content = smallContent({ "library/kept.md": tulsa().replace("Shooting in Tulsa", "Linked inside") });
    symlinkSync(join(box, "elsewhere", "secret.jsonl"), join(content, "articles", "secret.jsonl"));
    symlinkSync(join(box, "elsewhere"), join(content, "articles", "folder"));
    symlinkSync("/etc/passwd", join(content, "articles", "passwd.jsonl"));
    symlinkSync("/dev/zero", join(content, "articles", "zero.txt"));
    symlinkSync(join(content, "library"), join(content, "articles", "inside-link"));
    const output = join(box, "site");
    const run = runBuild(["--content", content, "--output", output]);
    expect(run.status, run.stderr).toBe(0);
    const rejected = rejectedOf(output);
    for (const file of ["articles/secret.jsonl", "articles/folder", "articles/passwd.jsonl", "articles/zero.txt"]) {
      expect(rejected[file], file).toMatch(/a link leading outside the content folder/);
    }
    // A link that stays inside the content folder is followed.
    expect(readExport(output).articles.map((a: { id: string }) => a.id)).toContain("inside-link-kept");
    const published = allText(output);
    expect(published).not.toMatch(/TOPSECRET/);
    expect(published).not.toMatch(/root:/);
  });

  it("refuses editor files that are links leading out (site.json, places.yml, decisions.yml, incidents.lock.json)", () => {
    for (const name of ["site.json", "places.yml", "decisions.yml", "incidents.lock.json"]) {
      const box = sandbox();
      writeFileSync(join(box, "outside"), "{}");
      const content = smallContent();
      execFileSync("rm", ["-f", join(content, name)]);
      symlinkSync(join(box, "outside"), join(content, name));
      const output = join(box, "site");
      const run = runBuild(["--content", content, "--output", output]);
      expect(run.status, name).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`${name.replace(".", "\\.")} is a link leading outside the content folder`));
      expect(existsSync(output)).toBe(false);
    }
  });

  it("rejects a named pipe and a device node without reading them, and still builds", (context) => {
    const content = smallContent();
    if (!tryRun("mkfifo", [join(content, "articles", "pipe.jsonl")])) {
      console.warn("SKIPPED: pipe test: mkfifo is not available");
      context.skip();
    }
    const hasDevice = tryRun("mknod", [join(content, "articles", "null.md"), "c", "1", "3"]);
    const output = freshOutput();
    const run = runBuild(["--content", content, "--output", output]);
    expect(run.status, run.stderr).toBe(0);
    expect(rejectedOf(output)["articles/pipe.jsonl"]).toMatch(/a named pipe, not a file; not read/);
    if (hasDevice) expect(rejectedOf(output)["articles/null.md"]).toMatch(/a device, not a file; not read/);
  });

  it("reports a file name that is not UTF-8 and a path past PATH_MAX, and builds the rest", () => {
    const content = smallContent();
    const articles = join(content, "articles");
    writeFileSync(Buffer.concat([Buffer.from(`${articles}/caf`), Buffer.from([0xe9]), Buffer.from(".md")]), tulsa());
    // 20 nested folders of 230 characters: past Linux's 4,096-byte PATH_MAX, made one level at a time.
    const level = "d".repeat(230);
    execFileSync("bash", ["-c", `cd "$1" && for i in $(seq 1 20); do mkdir ${level} && cd ${level}; done && printf '%s' "$2" > deep.md`, "_", join(articles), tulsa()]);
    const output = freshOutput();
    const run = runBuild(["--content", content, "--output", output]);
    expect(run.status, run.stderr).toBe(0);
    const rejected = readExport(output).rejected as Rejected[];
    expect(rejected.find((r) => r.file.startsWith("articles/caf"))?.reason).toBe("the file name is not UTF-8 text; rename it");
    expect(rejected.find((r) => r.file.startsWith(`articles/${level}`))?.reason).toMatch(/the path is too long for this system \(ENAMETOOLONG\)/);
    expect(readExport(output).articles.map((a: { id: string }) => a.id)).toEqual(["tulsa"]);
  });

  it("rejects a sub-folder it cannot read and builds the rest", (context) => {
    const content = smallContent({ "articles/locked/hidden.md": tulsa() });
    chmodSync(join(content, "articles", "locked"), 0o000);
    // Root reads any folder: as root the build runs without the capabilities that let it (setpriv).
    const prefix = process.getuid?.() === 0 ? ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] : [];
    if (prefix.length && !tryRun("setpriv", [...prefix.slice(1), "true"])) {
      chmodSync(join(content, "articles", "locked"), 0o755);
      console.warn("SKIPPED: unreadable folder test: setpriv cannot drop root's read-anything capability here");
      context.skip();
    }
    const output = freshOutput();
    const run = runBuild(["--content", content, "--output", output], {}, { prefix });
    chmodSync(join(content, "articles", "locked"), 0o755);
    expect(run.status, run.stderr).toBe(0);
    expect(rejectedOf(output)["articles/locked"]).toMatch(/cannot read the folder: permission denied \(EACCES\)/);
    expect(readExport(output).articles.map((a: { id: string }) => a.id)).toEqual(["tulsa"]);
  });
});

describe("nothing is written outside the output folder and the content folder's lock file", () => {
  it("refuses a lock file that is a dangling link, creating nothing at its target", () => {
    const box = sandbox();
    const content = smallContent();
    symlinkSync(join(box, "planted", "created.json"), join(content, "incidents.lock.json"));
    mkdirSync(join(box, "planted"));
    const run = runBuild(["--content", content, "--output", join(box, "site")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/incidents\.lock\.json is a link to nothing/);
    expect(readdirSync(join(box, "planted"))).toEqual([]);
  });

  it("refuses an --output that is a link into the articles folder", () => {
    const box = sandbox();
    const content = smallContent();
    const before = treeSnapshot(content);
    symlinkSync(join(content, "articles"), join(box, "site"));
    const run = runBuild(["--content", content, "--output", join(box, "site")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is inside the content folder/);
    expect(treeSnapshot(content)).toEqual(before);
  });

  it("refuses a --content that is a link into the previous output folder, deleting nothing", () => {
    const box = sandbox();
    const output = join(box, "site");
    expect(runBuild(["--content", smallContent(), "--output", output]).status).toBe(0);
    // Someone keeps articles inside the published folder and points --content there through a link.
    mkdirSync(join(output, "drafts", "articles"), { recursive: true });
    writeFileSync(join(output, "drafts", "articles", "draft.md"), tulsa());
    symlinkSync(join(output, "drafts"), join(box, "content-link"));
    const run = runBuild(["--content", join(box, "content-link"), "--output", output]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/contains the content folder/);
    expect(readFileSync(join(output, "drafts", "articles", "draft.md"), "utf8")).toBe(tulsa());
  });

  it("never writes through a link or a second name planted in the older site it builds over", () => {
    const box = sandbox();
    const output = join(box, "site");
    const content = smallContent();
    expect(runBuild(["--content", content, "--output", output]).status).toBe(0);
    writeFileSync(join(content, "articles", "second.md"), tulsa("2024-03-05").replace("Shooting in Tulsa", "Second shooting in Tulsa"));
    expect(runBuild(["--content", content, "--output", output]).status).toBe(0);
    // The site kept in site.previous is the next build's staging folder: its index page becomes
    // a link to a file elsewhere, its feed a second name (a hard link) of another.
    mkdirSync(join(box, "elsewhere"));
    writeFileSync(join(box, "elsewhere", "linked.html"), "PRECIOUS-LINKED");
    writeFileSync(join(box, "elsewhere", "hard.xml"), "PRECIOUS-HARD");
    const previous = `${output}.previous`;
    rmSync(join(previous, "index.html"));
    symlinkSync(join(box, "elsewhere", "linked.html"), join(previous, "index.html"));
    rmSync(join(previous, "feed.xml"));
    linkSync(join(box, "elsewhere", "hard.xml"), join(previous, "feed.xml"));
    writeFileSync(join(content, "articles", "third.md"), tulsa("2024-03-06").replace("Shooting in Tulsa", "Third shooting in Tulsa"));
    const run = runBuild(["--content", content, "--output", output]);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(box, "elsewhere", "linked.html"), "utf8")).toBe("PRECIOUS-LINKED");
    expect(readFileSync(join(box, "elsewhere", "hard.xml"), "utf8")).toBe("PRECIOUS-HARD");
    for (const file of ["index.html", "feed.xml"]) {
      expect(lstatSync(join(output, file)).isFile(), file).toBe(true);
      expect(lstatSync(join(output, file)).nlink, file).toBe(1);
    }
  });

  it("refuses a missing --content before touching the previous site", () => {
    const box = sandbox();
    const output = join(box, "site");
    expect(runBuild(["--content", smallContent(), "--output", output]).status).toBe(0);
    const before = treeSnapshot(output);
    for (const content of [join(box, "no-such-folder"), join(box, "site", "index.html")]) {
      const run = runBuild(["--content", content, "--output", output]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/content folder .* (does not exist|is not a folder)/);
    }
    mkdirSync(join(box, "empty"));
    expect(runBuild(["--content", join(box, "empty"), "--output", output]).stderr).toMatch(/has no articles\/ folder/);
    expect(treeSnapshot(output)).toEqual(before);
    expect(readdirSync(box).sort()).toEqual(["empty", "site"]);
  });
});
