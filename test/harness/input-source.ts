import type { InputSource } from '../../src/kit/inputs.js';

/** Action inputs for an input-helper test: the values given, named as the runner names them, masks recorded. */
export function inputSource(values: Record<string, string>): InputSource & { masked: string[] } {
  const masked: string[] = [];
  return {
    masked,
    read: (name) => (values[name] ?? '').trim(),
    describe: (name) => `Input "${name}"`,
    mask: (value) => masked.push(value),
  };
}
