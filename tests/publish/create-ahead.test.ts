// Output files created empty ahead of the build's writes (src/publish/create-ahead.ts): created
// where missing, never over a file that is there, and none left empty that the build did not write.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { FilesCreatedAhead } from "../../src/publish/create-ahead.js";

describe("files created ahead", () => {
  it("creates the missing files and folders, and keeps what was there", async () => {
    const dir = mkdtempSync(join(tmpdir(), "digest-create-ahead-"));
    mkdirSync(join(dir, "incidents", "kept"), { recursive: true });
    writeFileSync(join(dir, "incidents", "kept", "index.html"), "older page");
    const files = ["incidents/a/index.html", "incidents/a/incident.json", "days/2024-06-07/index.html", "incidents/kept/index.html"];
    const ahead = new FilesCreatedAhead(dir, files);
    // The build writes every file but one, the way Eleventy does (making its folder, then writing
    // over what is there), while the files are being created ahead on other threads.
    for (const file of files.slice(0, 2)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), `page ${file}`);
    }
    await ahead.settle((file) => file !== "days/2024-06-07/index.html" && file !== "incidents/kept/index.html");
    expect(readFileSync(join(dir, "incidents/a/index.html"), "utf8")).toBe("page incidents/a/index.html");
    expect(readFileSync(join(dir, "incidents/a/incident.json"), "utf8")).toBe("page incidents/a/incident.json");
    // Created ahead, never written: removed, not published empty.
    expect(existsSync(join(dir, "days/2024-06-07/index.html"))).toBe(false);
    // There before: neither emptied nor removed.
    expect(readFileSync(join(dir, "incidents/kept/index.html"), "utf8")).toBe("older page");
  });

  it("stops at a file it cannot create and leaves it to the build", async () => {
    const dir = mkdtempSync(join(tmpdir(), "digest-create-ahead-"));
    // A plain file where a folder should be: no file can be created under it.
    writeFileSync(join(dir, "incidents"), "not a folder");
    const ahead = new FilesCreatedAhead(dir, ["incidents/a/index.html", "about/index.html"]);
    await expect(ahead.settle(() => false)).resolves.toBeUndefined();
    expect(existsSync(join(dir, "incidents", "a"))).toBe(false);
  });
});
