// `npm run gazetteer -- DIR`: turns GeoNames' full dump for Ukraine (DIR/UA.txt, the standard
// 19-column TSV of export/dump/UA.zip) into the compact file the project ships
// (src/places/gazetteer/data/ua.tsv.gz): every populated place, the admin areas (oblasts,
// raions, hromadas) and the facilities reports name as scenes (airports, power plants, dams,
// bridges, stations) with the rivers some are named after, each with its Latin and Cyrillic names. The build reads only the derived
// file: a user's clone has no dump. Provenance (dump date, source, checksum) and GeoNames'
// attribution travel in the file's header.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { DERIVED_COLUMNS, DERIVED_FORMAT, DERIVED_PATH, EPONYM_FEATURE, KEPT_FEATURES } from "./derived.js";
import { facilityForms, facilityKind } from "./facilities.js";

export const DERIVED_FILE = DERIVED_PATH;

// Names in Latin or Cyrillic letters only: other scripts are no spelling the digest's readers or
// outlets use, and they would only make the file larger.
const LATIN_OR_CYRILLIC = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{M}\s'’ʼ`.()-]+$/u;

interface DumpRow {
  cols: string[];
  feature: string;
}

function keep(cols: string[]): boolean {
  const [featureClass, featureCode] = [cols[6]!, cols[7]!];
  return KEPT_FEATURES.some((f) => f.featureClass === featureClass && f.codes.test(featureCode));
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The derived file's text (before gzip) for a dump's text. */
export function deriveText(dump: string, options: { sha256: string; dumpDate?: string }): string {
  const rows: DumpRow[] = [];
  const streams: DumpRow[] = [];
  let newest = "";
  let total = 0;
  for (const line of dump.split("\n")) {
    if (!line.trim()) continue;
    const cols = line.split("\t");
    if (cols.length !== 19) throw new Error(`UA.txt line ${total + 1}: ${cols.length} columns, expected 19`);
    total++;
    if (cols[18]! > newest) newest = cols[18]!;
    if (keep(cols)) rows.push({ cols, feature: `${cols[6]}.${cols[7]}` });
    else if (cols[6] === EPONYM_FEATURE.featureClass && EPONYM_FEATURE.codes.test(cols[7]!)) streams.push({ cols, feature: `${cols[6]}.${cols[7]}` });
  }
  // The rivers a kept facility is named after ("Dnieper Hydroelectric Station"): their names
  // ("Dnipro", "Dnepr") are the ones outlets write the facility with.
  const eponyms = new Set<string>();
  for (const { cols } of rows) {
    const kind = cols[6] === "S" ? facilityKind(cols[7]!, cols[1]!) : null;
    const base = kind ? facilityForms(kind, cols[1]!).base : null;
    if (base) eponyms.add(base.toLowerCase());
  }
  rows.push(...streams.filter(({ cols }) => eponyms.has(cols[1]!.toLowerCase())));
  // GeoNames writes a dump the day after its newest edit.
  const dumpDate = options.dumpDate ?? addDays(newest, 1);
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.feature[0]!, (counts.get(row.feature[0]!) ?? 0) + 1);
  const header = [
    `#incident-digest derived gazetteer\tformat ${DERIVED_FORMAT}`,
    "#source\tGeoNames export/dump UA.zip (UA.txt, Ukraine, all feature classes)",
    `#dump-date\t${dumpDate}`,
    `#newest-modification\t${newest}`,
    `#sha256\tUA.txt\t${options.sha256}`,
    `#dump-rows\t${total}`,
    `#kept\t${[...counts].map(([c, n]) => `${c} ${n}`).join(", ")}`,
    "#licence\tCC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0; provided as is, without warranty.",
    `#columns\t${DERIVED_COLUMNS.join("\t")}`,
  ];
  const body = rows
    .sort((a, b) => Number(a.cols[0]) - Number(b.cols[0]))
    .map(({ cols, feature }) => {
      const [id, name, , alternates, lat, lon, , , , , admin1, admin2, admin3, , population, , , , modified] = cols;
      const names = [...new Set(alternates!.split(",").filter((a) => a && a !== name && LATIN_OR_CYRILLIC.test(a)))];
      return [id, name, lat, lon, feature, admin1, admin2, admin3, population || "0", modified, names.join(",")].join("\t");
    });
  return `${[...header, ...body].join("\n")}\n`;
}

function main(argv: string[]): number {
  const folder = argv.find((a) => !a.startsWith("--"));
  if (!folder) {
    console.error("usage: npm run gazetteer -- DIR [--dump-date YYYY-MM-DD] [--output FILE]   (DIR holds GeoNames' UA.txt)");
    return 2;
  }
  const option = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const input = join(resolve(folder), "UA.txt");
  let bytes: Buffer;
  try {
    bytes = readFileSync(input);
  } catch (error) {
    console.error(`error: cannot read ${input}: ${(error as Error).message}`);
    return 2;
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const text = deriveText(bytes.toString("utf8"), { sha256, dumpDate: option("--dump-date") });
  const output = resolve(option("--output") ?? DERIVED_FILE);
  mkdirSync(dirname(output), { recursive: true });
  // A fixed gzip header (no time stamp, no name): the same dump gives the same bytes.
  const gz = gzipSync(Buffer.from(text, "utf8"), { level: 9 });
  writeFileSync(output, gz);
  const lines = text.split("\n").filter((l) => l && !l.startsWith("#")).length;
  console.log(`${output}: ${lines} places from ${input} (sha256 ${sha256.slice(0, 12)}…), ${(gz.length / 1e6).toFixed(2)} MB`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
