/**
 * Just enough TOML to read a version: `[table]` / `[a.b]` headers and `key = "string"` pairs
 * (basic and literal strings). Arrays, inline tables and multi-line values are skipped, not parsed.
 */
export function parse(text: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let table = root;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const header = /^\[([^[\]]+)\]\s*(#.*)?$/.exec(line);
    if (header) {
      table = root;
      for (const key of header[1]!.split('.').map((k) => k.trim().replace(/^"(.*)"$/, '$1'))) {
        table = (table[key] ??= {}) as Record<string, unknown>;
      }
      continue;
    }
    const pair = /^([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')\s*(#.*)?$/.exec(line);
    if (pair) table[pair[1]!] = pair[2] !== undefined ? JSON.parse(`"${pair[2]}"`) : pair[3];
  }
  return root;
}
