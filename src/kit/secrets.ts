/**
 * Every form in which a secret could reach a log: the value, each line of a multi-line value (a PEM
 * key, a base64 certificate folded by an editor), and the encodings tools print it in (base64, JSON,
 * URL). The runner replaces each registered form with `***`.
 */
export function secretVariants(value: string): string[] {
  if (value === '') return [];
  const forms = new Set<string>([value]);
  // Lines of a multi-line value; very short ones (a lone "}") would mask ordinary log text and protect nothing.
  for (const line of value.split(/\r?\n/)) if (line.trim().length >= 4) forms.add(line.trim());
  forms.add(Buffer.from(value, 'utf8').toString('base64'));
  forms.add(JSON.stringify(value).slice(1, -1));
  forms.add(encodeURIComponent(value));
  return [...forms];
}

/** Every form of every secret registered in this process, longest first (so a longer form is replaced whole). */
let registered: string[] = [];

/** Remembers a secret so `redact` hides it, in every form, from text bound for a log, summary, output or file. */
export function registerSecret(value: string): void {
  const forms = new Set([...registered, ...secretVariants(value)]);
  registered = [...forms].sort((a, b) => b.length - a.length);
}

/** The text with every registered secret (raw, base64, JSON- or URL-encoded, each line) replaced by `***`. */
export function redact(text: string): string {
  let out = text;
  for (const form of registered) if (out.includes(form)) out = out.split(form).join('***');
  return out;
}
