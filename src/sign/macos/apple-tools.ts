import { runTool, type ToolOptions, type ToolResult } from '../../kit/exec.js';

/** The Apple command-line tools the macOS signer runs, each called with an argument list. */
export type AppleToolName = 'security' | 'codesign' | 'productsign' | 'spctl' | 'ditto';

/**
 * Apple's signing tools behind one interface: they exist only on macOS, so everything else talks to
 * them through this and tests on other systems substitute a recording fake.
 */
export interface AppleTools {
  security(args: readonly string[], options?: ToolOptions): Promise<ToolResult>;
  codesign(args: readonly string[], options?: ToolOptions): Promise<ToolResult>;
  productsign(args: readonly string[], options?: ToolOptions): Promise<ToolResult>;
  spctl(args: readonly string[], options?: ToolOptions): Promise<ToolResult>;
  ditto(args: readonly string[], options?: ToolOptions): Promise<ToolResult>;
}

/** Where macOS keeps each tool: called by absolute path, so nothing earlier on PATH stands in for them. */
export const APPLE_TOOL_PATHS: Record<AppleToolName, string> = {
  security: '/usr/bin/security',
  codesign: '/usr/bin/codesign',
  productsign: '/usr/bin/productsign',
  spctl: '/usr/sbin/spctl',
  ditto: '/usr/bin/ditto',
};

const run = (tool: AppleToolName) => (args: readonly string[], options: ToolOptions = {}) =>
  runTool(APPLE_TOOL_PATHS[tool], args, { timeoutMs: 30 * 60_000, ...options });

/** The real tools (macOS only). */
export const realAppleTools: AppleTools = {
  security: run('security'),
  codesign: run('codesign'),
  productsign: run('productsign'),
  spctl: run('spctl'),
  ditto: run('ditto'),
};
