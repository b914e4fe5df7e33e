import * as core from './runner-commands.js';
import type { InputSource } from './inputs.js';
import { registerSecret, secretVariants } from './secrets.js';

/** Registers a secret, and every form of it a log could show, with the runner's masking. */
export function maskSecret(value: string): void {
  for (const form of secretVariants(value)) core.setSecret(form);
  // Also hidden by the kit itself, from tool output before it reaches a summary, an output or a file.
  registerSecret(value);
}

/** Inputs of a JavaScript action, as the runner passes them (`INPUT_<NAME>` variables). */
export const actionInputs: InputSource = {
  read: (name) => core.getInput(name),
  describe: (name) => `Input "${name}"`,
  mask: maskSecret,
};
