import * as core from '@actions/core';
import type { InputSource } from './inputs.js';

/** Inputs of a JavaScript action, as the runner passes them (`INPUT_<NAME>` variables). */
export const actionInputs: InputSource = {
  read: (name) => core.getInput(name),
  describe: (name) => `Input "${name}"`,
  mask: (value) => core.setSecret(value),
};
