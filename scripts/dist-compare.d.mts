/** Types of scripts/dist-compare.mjs for the TypeScript tests. */
export function listFiles(dir: string): string[];
export function compareDist(built: string, committed: string, machinePaths: string[]): string[];
