// Parse errors said without quoting the input. JSON.parse's and YAML's messages quote the text
// around the error; for a file linked from elsewhere (a password file, an env file) that would
// publish its first bytes in the export's `rejected` list. Reasons say where, never what.

/** "not valid JSON (line 3, column 14)", from a JSON.parse error on `text`. */
export function describeJsonError(text: string, error: unknown): string {
  const message = String((error as Error)?.message ?? error);
  const at = /at position (\d+)/.exec(message);
  if (at) {
    const before = text.slice(0, Number(at[1]));
    const line = before.split("\n").length;
    return `not valid JSON (line ${line}, column ${before.length - before.lastIndexOf("\n")})`;
  }
  if (/end of JSON input|Unterminated/i.test(message)) return "not valid JSON (it ends too early)";
  return "not valid JSON (an unexpected character)";
}

/** "not valid YAML at line 3 (BAD_INDENT)", from a `yaml` parse error. */
export function describeYamlError(error: unknown, lineOffset = 0): string {
  const e = error as { code?: unknown; linePos?: { line: number }[] };
  const line = e.linePos?.[0]?.line;
  const code = typeof e.code === "string" && /^[A-Z_]+$/.test(e.code) ? ` (${e.code.toLowerCase().replace(/_/g, " ")})` : "";
  return `not valid YAML${line ? ` at line ${line + lineOffset}` : ""}${code}`;
}
