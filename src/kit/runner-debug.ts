/**
 * `@actions/glob` and `@actions/core` log through the runner's `::debug::` protocol on stdout. On a
 * runner those lines are hidden unless step debugging is on; on a terminal (the CLI) or in the test
 * run they bury the real output. This drops exactly those lines, unless RELEASE_KIT_DEBUG is set.
 */
export function hideRunnerDebugLines(stream: NodeJS.WriteStream = process.stdout): void {
  if (process.env.RELEASE_KIT_DEBUG) return;
  const write = stream.write.bind(stream) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    if (typeof chunk !== 'string' || !chunk.includes('::debug::')) return write(chunk, ...rest);
    const kept = chunk.split(/(?<=\n)/).filter((line) => !line.startsWith('::debug::')).join('');
    if (kept) return write(kept, ...rest);
    const callback = rest.find((arg): arg is () => void => typeof arg === 'function');
    if (callback) queueMicrotask(callback);
    return true;
  }) as typeof stream.write;
}
