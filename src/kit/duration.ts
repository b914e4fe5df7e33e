const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * A duration as people write it in a workflow: `90s`, `30m`, `1h`, `1h30m`, `250ms`; a bare number is
 * seconds. Returns milliseconds, or undefined when the text is not a duration.
 */
export function parseDuration(text: string): number | undefined {
  const value = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  if (!/^(\d+(\.\d+)?(ms|s|m|h)\s*)+$/.test(value)) return undefined;
  let total = 0;
  for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) total += Number(amount) * UNITS[unit!]!;
  return Math.round(total);
}

/** `1h 05m 03s`, `4m 10s`, `12s`, `250 ms`: elapsed time in log lines. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h) return `${h}h ${String(m).padStart(2, '0')}m ${String(s).padStart(2, '0')}s`;
  if (m) return `${m}m ${String(s).padStart(2, '0')}s`;
  return `${s}s`;
}

/** `90s`, `2m`, `1h`, `250ms`: a bound of a duration range, in words. */
export function durationWords(ms: number): string {
  if (ms === 0) return '0s';
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}

export interface DurationRange {
  min: number;
  max: number;
}

/** What a duration setting accepts, in words: the same text for release-kit.yml, action inputs and CLI options. */
export const durationAllowed = (range: DurationRange): string =>
  `it must be a duration from ${durationWords(range.min)} to ${durationWords(range.max)}: seconds (90) or with a unit (90s, 2m, 1h, 1h30m)`;

/** Milliseconds of a duration written as a number of seconds or as text (`90`, `"90"`, `90s`, `2m`, `1h`), within the range; undefined otherwise. */
export function durationIn(value: unknown, range: DurationRange): number | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  const ms = typeof value === 'number' ? (Number.isFinite(value) && value >= 0 ? Math.round(value * 1000) : undefined) : parseDuration(value);
  return ms !== undefined && ms >= range.min && ms <= range.max ? ms : undefined;
}
