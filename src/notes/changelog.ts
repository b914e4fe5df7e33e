/** CHANGELOG.md sections, newest first; writing one version twice replaces it instead of repeating it. */

export function changelogHeading(version: string, date: string, compareUrl?: string): string {
  return `## ${compareUrl ? `[${version}](${compareUrl})` : version} (${date})`;
}

export function changelogSection(version: string, date: string, body: string, compareUrl?: string): string {
  return `${changelogHeading(version, date, compareUrl)}\n\n${body.trim()}\n`;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The line where the section of `version` starts: `## 1.2.3`, `## [1.2.3](…)`, `## v1.2.3 …`. */
export function headingPattern(version: string): RegExp {
  return new RegExp(`^##\\s+\\[?v?${escape(version)}(?:\\]|\\s|$)`);
}

export const CHANGELOG_TITLE = '# Changelog\n\nAll notable changes to this project are listed here, newest first.\n';

/**
 * Puts `section` into a changelog: replaces the section of the same version if there is one, else
 * inserts it above the newest section (below the title and introduction).
 */
export function upsertChangelogSection(existing: string, version: string, section: string): string {
  const text = existing.trim() ? existing.replace(/\r\n/g, '\n') : CHANGELOG_TITLE;
  const lines = text.split('\n');
  const pattern = headingPattern(version);
  const start = lines.findIndex((line) => pattern.test(line));
  const block = section.trimEnd().split('\n');
  if (start !== -1) {
    let end = lines.findIndex((line, i) => i > start && /^##\s/.test(line));
    if (end === -1) end = lines.length;
    while (end > start + 1 && lines[end - 1]!.trim() === '') end--;
    lines.splice(start, end - start, ...block);
    return `${lines.join('\n').trimEnd()}\n`;
  }
  let at = lines.findIndex((line) => /^##\s/.test(line));
  if (at === -1) {
    return `${text.trimEnd()}\n\n${block.join('\n')}\n`;
  }
  lines.splice(at, 0, ...block, '');
  return `${lines.join('\n').trimEnd()}\n`;
}
