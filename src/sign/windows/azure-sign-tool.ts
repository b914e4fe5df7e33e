/**
 * AzureSignTool, set up by the kit: `dotnet tool install` of one pinned version into the runner's tool
 * cache, in the layout of @actions/tool-cache (<cache>/AzureSignTool/<version>/<arch>, and a
 * `<arch>.complete` marker written only after the install finished), so a later job on the same runner
 * — a self-hosted one, or a cache restored there — finds it without a download.
 */
import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../kit/errors.js';
import type { SignLog } from './base.js';
import type { ToolRunner } from './verify.js';

/** The AzureSignTool release the kit installs (NuGet package AzureSignTool; runs on .NET 8 and later). */
export const AZURE_SIGN_TOOL_VERSION = '7.0.1';

export interface AzureSignToolSetup {
  run: ToolRunner;
  /** RUNNER_TOOL_CACHE. */
  toolCache: string;
  /** x64, arm64 (the runner's architecture). */
  arch: string;
  /** Windows runners: AzureSignTool.exe. */
  windows: boolean;
  log?: SignLog;
  version?: string;
}

export const azureSignToolFolder = (toolCache: string, version: string, arch: string): string => path.join(toolCache, 'AzureSignTool', version, arch);

const exists = (file: string): Promise<boolean> => access(file).then(
  () => true,
  () => false,
);

/** The AzureSignTool executable of the pinned version: from the tool cache, else installed there. */
export async function setupAzureSignTool(setup: AzureSignToolSetup): Promise<string> {
  const version = setup.version ?? AZURE_SIGN_TOOL_VERSION;
  const folder = azureSignToolFolder(setup.toolCache, version, setup.arch);
  const executable = path.join(folder, setup.windows ? 'AzureSignTool.exe' : 'AzureSignTool');
  const marker = `${folder}.complete`;
  if ((await exists(marker)) && (await exists(executable))) {
    setup.log?.info(`AzureSignTool ${version} from the tool cache (${folder}).`);
    return executable;
  }
  await mkdir(path.dirname(folder), { recursive: true });
  try {
    await setup.run('dotnet', ['tool', 'install', 'AzureSignTool', '--version', version, '--tool-path', folder], { timeoutMs: 600_000 });
  } catch (error) {
    throw new UserError(
      `Cannot set up AzureSignTool ${version} for windows-method: azure-key-vault (dotnet tool install failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}); the runner needs the .NET SDK (GitHub's Windows images have it), or give the path of an installed AzureSignTool.`,
    );
  }
  if (!(await exists(executable))) throw new UserError(`dotnet tool install reported success but ${executable} is not there; AzureSignTool ${version} could not be set up.`);
  await writeFile(marker, '');
  setup.log?.info(`AzureSignTool ${version} installed with dotnet tool install into the tool cache (${folder}).`);
  return executable;
}
