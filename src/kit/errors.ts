/**
 * A failure the user can fix: its message is shown as is, without a stack trace.
 * Anything else reaching the top level is a defect and is reported as one.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/** Bad input: names the input (as `Input "files"` or `Option --files`), the value it got and what it accepts. */
export class InputError extends UserError {
  override name = 'InputError';
  readonly input: string;
  constructor(
    input: string,
    value: string,
    allowed: string,
    options: { secret?: boolean } = {},
  ) {
    const shown = options.secret ? '***' : JSON.stringify(value);
    super(`${input} has the value ${shown}, but ${allowed}.`);
    this.input = input;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
