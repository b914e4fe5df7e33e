/** The macOS signer and Apple's tools behind their interface. */
export { APPLE_TOOL_PATHS, realAppleTools, type AppleToolName, type AppleTools } from './apple-tools.js';
export { MacosSigner, type Assessment, type MacosInputNames, type MacosSignerOptions } from './macos.js';
