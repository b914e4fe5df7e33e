import * as core from './runner-commands.js';
import { errorMessage, isUserError } from './errors.js';
import { redact } from './secrets.js';

/**
 * The one catch of every action: a user error becomes its message, anything else a short
 * "unexpected" line; the stack goes to the debug log only, never to the user's face.
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof Error && error.stack) core.debug(redact(error.stack));
    core.setFailed(redact(isUserError(error) ? errorMessage(error) : `Unexpected error: ${errorMessage(error)}`));
  }
}
