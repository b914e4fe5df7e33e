/**
 * One interface for both ways release-kit talks to Apple's notary service: `notarytool` on a macOS
 * runner, or the Notary REST API from any runner. A backend submits a file, reports a submission's
 * status and fetches its developer log; waiting, stapling and reporting are the same for both.
 */

/** What the notary service says of a submission. Unknown values are kept as they come. */
export type NotaryStatus = 'In Progress' | 'Accepted' | 'Invalid' | 'Rejected';

export const FINAL_STATUSES: readonly string[] = ['Accepted', 'Invalid', 'Rejected'];

export interface Submission {
  /** The file that was uploaded (for an .app, the zip made of it). */
  file: string;
  /** Name shown in Apple's records: the uploaded file's name. */
  name: string;
  /** Lower-case hex sha256 of the uploaded bytes. */
  sha256: string;
  size: number;
}

export interface SubmissionInfo {
  id: string;
  status: string;
  name?: string;
}

export interface NotaryBackend {
  readonly name: 'notarytool' | 'rest';
  /** Uploads the file and returns the submission id; never waits for the verdict. */
  submit(submission: Submission): Promise<string>;
  /** The submission's current status. */
  info(id: string): Promise<SubmissionInfo>;
  /** The developer log (JSON text) of a submission that finished. */
  log(id: string): Promise<string>;
}

export interface Log {
  info(message: string): void;
  warning(message: string): void;
  notice(message: string): void;
}
