// The stable-URL rules of docs/design.md, one build after another: an incident keeps the id of the locked
// incident it shares the most articles with (ties: the older id), merges leave redirects, emptied
// incidents are withdrawn, and withdrawn ones come back under their old id.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assignStableIds, EMPTY_LOCK, LockFileError, readLock, writeLock } from "../../src/lock/index.js";
import type { IncidentLock } from "../../src/model.js";

const inc = (naturalId: string, ...articles: string[]) => ({ naturalId, articles });

/** Builds in sequence, each reading the lock the previous one wrote. */
function builds(...steps: { naturalId: string; articles: string[] }[][]) {
  let lock: IncidentLock = EMPTY_LOCK;
  return steps.map((incidents) => {
    const result = assignStableIds(incidents, lock);
    lock = result.lock;
    return result;
  });
}

describe("stable incident ids", () => {
  it("a new incident takes its natural id, and keeps it when articles are added", () => {
    const [first, second] = builds([inc("2024-06-07-luhansk-missile-strike", "a")], [inc("2024-06-07-luhansk-missile-strike-x", "a", "b")]);
    expect(first!.ids).toEqual(["2024-06-07-luhansk-missile-strike"]);
    expect(second!.ids).toEqual(["2024-06-07-luhansk-missile-strike"]);
    expect(second!.lock.incidents).toEqual({ "2024-06-07-luhansk-missile-strike": ["a", "b"] });
  });

  it("keeps the id its articles held even when the incident's date or place changes", () => {
    const [, second] = builds([inc("2024-06-07-unknown-place-incident", "a", "b")], [inc("2024-06-06-luhansk-missile-strike", "a", "b", "c")]);
    expect(second!.ids).toEqual(["2024-06-07-unknown-place-incident"]);
  });

  it("when two locked incidents merge, the one sharing most articles wins and the other redirects", () => {
    const [, second] = builds([inc("2024-01-01-a-shooting", "a1", "a2"), inc("2024-01-02-b-shooting", "b1")], [inc("2024-01-02-b-shooting", "a1", "a2", "b1")]);
    expect(second!.ids).toEqual(["2024-01-01-a-shooting"]);
    expect(second!.redirects).toEqual([{ from: "/incidents/2024-01-02-b-shooting/", to: "/incidents/2024-01-01-a-shooting/" }]);
    expect(second!.lock.redirects).toEqual({ "2024-01-02-b-shooting": "2024-01-01-a-shooting" });
  });

  it("on a tie the older id wins", () => {
    const [, second] = builds([inc("2024-01-05-later-shooting", "x"), inc("2024-01-03-earlier-shooting", "y")], [inc("2024-01-05-later-shooting", "x", "y")]);
    expect(second!.ids).toEqual(["2024-01-03-earlier-shooting"]);
    expect(second!.redirects.map((r) => r.from)).toEqual(["/incidents/2024-01-05-later-shooting/"]);
  });

  it("round-up incidents that tie on articles keep their own names", () => {
    const seeds = [inc("2024-06-07-luhansk-missile-strike", "s0", "s1"), inc("2024-06-07-nikopol-shelling", "s0", "s1"), inc("2024-06-07-paraskoviivka-territorial-claim", "s0", "s1")];
    const [first, second] = builds(seeds, [...seeds].reverse());
    expect(second!.ids).toEqual([...first!.ids].reverse());
  });

  it("an incident whose articles are all removed is withdrawn, and stays so", () => {
    const [, second, third] = builds([inc("2024-01-01-a-shooting", "a"), inc("2024-01-02-b-shooting", "b")], [inc("2024-01-01-a-shooting", "a")], [inc("2024-01-01-a-shooting", "a")]);
    for (const build of [second!, third!]) {
      expect(build.withdrawn).toEqual([{ id: "2024-01-02-b-shooting", url: "/incidents/2024-01-02-b-shooting/", articles: ["b"] }]);
      expect(build.lock.withdrawn).toEqual({ "2024-01-02-b-shooting": ["b"] });
      expect(build.lock.incidents).toEqual({ "2024-01-01-a-shooting": ["a"] });
    }
  });

  it("a withdrawn incident whose articles come back gets its old id back", () => {
    const [, , third] = builds([inc("2024-01-02-b-shooting", "b")], [], [inc("2024-01-02-b-shooting-renamed", "b")]);
    expect(third!.ids).toEqual(["2024-01-02-b-shooting"]);
    expect(third!.withdrawn).toEqual([]);
    expect(third!.lock.withdrawn).toEqual({});
  });

  it("a withdrawn incident whose articles come back inside another incident redirects to it", () => {
    const [, , third] = builds([inc("2024-01-01-a-shooting", "a"), inc("2024-01-02-b-shooting", "b")], [inc("2024-01-01-a-shooting", "a")], [inc("2024-01-01-a-shooting", "a", "b")]);
    expect(third!.withdrawn).toEqual([]);
    expect(third!.lock.redirects).toEqual({ "2024-01-02-b-shooting": "2024-01-01-a-shooting" });
  });

  it("redirects survive later builds and follow later merges", () => {
    const [, , third] = builds(
      [inc("2024-01-01-a-shooting", "a"), inc("2024-01-02-b-shooting", "b"), inc("2024-01-03-c-shooting", "c1", "c2", "c3")],
      [inc("2024-01-01-a-shooting", "a", "b"), inc("2024-01-03-c-shooting", "c1", "c2", "c3")],
      [inc("2024-01-03-c-shooting", "a", "b", "c1", "c2", "c3")],
    );
    expect(third!.ids).toEqual(["2024-01-03-c-shooting"]);
    expect(third!.lock.redirects).toEqual({ "2024-01-01-a-shooting": "2024-01-03-c-shooting", "2024-01-02-b-shooting": "2024-01-03-c-shooting" });
  });

  it("never hands out a retired id again", () => {
    const [, , third] = builds(
      [inc("2024-01-01-a-shooting", "a"), inc("2024-01-02-b-shooting", "b")],
      [inc("2024-01-01-a-shooting", "a", "b")],
      [inc("2024-01-01-a-shooting", "a", "b"), inc("2024-01-02-b-shooting", "new")],
    );
    expect(third!.ids).toEqual(["2024-01-01-a-shooting", "2024-01-02-b-shooting-2"]);
  });

  it("is deterministic whatever order the incidents come in", () => {
    const incidents = [inc("2024-01-01-a-shooting", "a", "b"), inc("2024-01-01-a-shooting", "c"), inc("2024-01-02-b-shooting", "d")];
    const previous = assignStableIds(incidents, EMPTY_LOCK).lock;
    const forward = assignStableIds([...incidents, inc("2024-01-01-a-shooting", "e")], previous);
    const backward = assignStableIds([inc("2024-01-01-a-shooting", "e"), ...[...incidents].reverse()], previous);
    expect(backward.lock).toEqual(forward.lock);
    expect(new Set(Object.keys(previous.incidents))).toEqual(new Set(["2024-01-01-a-shooting", "2024-01-01-a-shooting-2", "2024-01-02-b-shooting"]));
  });
});

describe("the lock file", () => {
  const dir = () => mkdtempSync(join(tmpdir(), "lock-"));

  it("is an empty lock when missing, and round-trips through writeLock", () => {
    const path = join(dir(), "incidents.lock.json");
    expect(readLock(path)).toEqual(EMPTY_LOCK);
    const lock = assignStableIds([inc("2024-01-01-a-shooting", "a")], EMPTY_LOCK).lock;
    expect(writeLock(path, lock)).toBe(true);
    expect(writeLock(path, lock)).toBe(false); // unchanged: not rewritten
    expect(readLock(path)).toEqual(lock);
  });

  it.each([
    ["../../etc", "incidents"],
    ["a/../../b", "incidents"],
    ["UPPER-case", "incidents"],
    ["with space", "withdrawn"],
    ["x%2F..", "redirects"],
  ])("rejects the id %j in %s, naming file and line", (id, section) => {
    const path = join(dir(), "incidents.lock.json");
    const body = section === "redirects" ? { [id]: "2024-01-01-a-shooting" } : { [id]: ["a"] };
    writeFileSync(path, JSON.stringify({ version: 1, incidents: {}, redirects: {}, withdrawn: {}, [section]: body }, null, 2));
    expect(() => readLock(path)).toThrow(LockFileError);
    expect(() => readLock(path)).toThrow(new RegExp(`incidents\\.lock\\.json:\\d+: ${section}`));
  });

  it("rejects a redirect to something that is not an incident id", () => {
    const path = join(dir(), "incidents.lock.json");
    writeFileSync(path, JSON.stringify({ version: 1, incidents: {}, redirects: { "2024-01-01-a": "../../x" } }, null, 2));
    expect(() => readLock(path)).toThrow(/:\d+: redirects: 2024-01-01-a points to/);
  });

  it("rejects broken JSON and other shapes with a clear message", () => {
    const path = join(dir(), "incidents.lock.json");
    writeFileSync(path, "{ not json");
    expect(() => readLock(path)).toThrow(/not valid JSON/);
    writeFileSync(path, JSON.stringify({ version: 2, incidents: {} }));
    expect(() => readLock(path)).toThrow(/not an incident lock/);
    writeFileSync(path, JSON.stringify({ version: 1, incidents: { "2024-01-01-a": "a" } }));
    expect(() => readLock(path)).toThrow(/must list article ids/);
  });
});
