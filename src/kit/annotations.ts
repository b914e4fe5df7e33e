import * as core from './runner-commands.js';

/** One warning annotation for each pattern of `input` that matched no file (a platform may be missing). */
export function warnUnmatched(unmatched: readonly string[], input: string, title: string, consequence?: string): void {
  for (const pattern of unmatched) core.warning(`The pattern ${JSON.stringify(pattern)} in "${input}" matched no file${consequence ? `: ${consequence}` : ''}.`, { title });
}
