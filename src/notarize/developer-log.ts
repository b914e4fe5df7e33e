/** One finding of the notary service: what is wrong, where, and Apple's page about it. */
export interface NotaryIssue {
  severity: string;
  message: string;
  /** Path inside the submitted archive, e.g. `MyApp.zip/MyApp.app/Contents/MacOS/MyApp`. */
  path?: string;
  docUrl?: string;
  architecture?: string;
}

export interface DeveloperLog {
  status?: string;
  statusSummary?: string;
  issues: NotaryIssue[];
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Reads the developer log's JSON (`status`, `statusSummary`, `issues[]`); tolerant of missing fields. */
export function parseDeveloperLog(json: string): DeveloperLog {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return { issues: [] };
  }
  const issues = Array.isArray(data.issues) ? (data.issues as Array<Record<string, unknown>>) : [];
  return {
    ...(text(data.status) ? { status: text(data.status)! } : {}),
    ...(text(data.statusSummary) ? { statusSummary: text(data.statusSummary)! } : {}),
    issues: issues
      .filter((issue) => issue && typeof issue === 'object')
      .map((issue) => ({
        severity: text(issue.severity) ?? 'error',
        message: text(issue.message) ?? 'No message given.',
        ...(text(issue.path) ? { path: text(issue.path)! } : {}),
        ...(text(issue.docUrl) ? { docUrl: text(issue.docUrl)! } : {}),
        ...(text(issue.architecture) ? { architecture: text(issue.architecture)! } : {}),
      })),
  };
}

/** The annotation text of an issue: message, architecture, and the page that explains it. */
export function describeIssue(issue: NotaryIssue): string {
  return `${issue.message}${issue.architecture ? ` (${issue.architecture})` : ''}${issue.path ? `\nPath: ${issue.path}` : ''}${issue.docUrl ? `\nSee ${issue.docUrl}` : ''}`;
}
