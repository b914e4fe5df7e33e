/**
 * A target's build environment: `build-env:` in release-kit.yml maps the variables its build command
 * reads (TAURI_SIGNING_PRIVATE_KEY, CSC_LINK, RELEASE_KIT_CERTIFICATE…) to the names of workflow
 * secrets. The build gets these and nothing else of the workflow's secrets; the same schema checks
 * release-kit.yml, `release-kit check` and the matrix-build action's reading of the secrets it is given.
 */
import { z } from 'zod';
import { InputError, UserError } from '../kit/errors.js';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** GitHub's rule for secret names: letters, digits and underscores, not starting with a digit or GITHUB_. */
const SECRET_NAME = /^(?!GITHUB_)[A-Za-z_][A-Za-z0-9_]*$/i;

/** Variables the kit sets for the build itself, or the runner's own: a target may not take them over. */
export const RESERVED_BUILD_ENV = ['RELEASE_KIT_VERSION', 'RELEASE_KIT_TARGET', 'RELEASE_KIT_OS', 'RELEASE_KIT_ARCH', 'RELEASE_KIT_CONFIG', 'PATH', 'HOME', 'CI'] as const;
const RESERVED_PREFIXES = ['GITHUB_', 'RUNNER_', 'ACTIONS_', 'INPUT_'];

export const BUILD_ENV_KEY_ALLOWED = `an environment variable name (letters, digits and _, not starting with a digit), none of ${RESERVED_BUILD_ENV.join(', ')} and none starting with ${RESERVED_PREFIXES.join(', ')}`;
export const BUILD_ENV_VALUE_ALLOWED = 'the name of a workflow secret (letters, digits and _, not starting with a digit or GITHUB_)';

const reserved = (name: string): boolean => (RESERVED_BUILD_ENV as readonly string[]).includes(name.toUpperCase()) || RESERVED_PREFIXES.some((prefix) => name.toUpperCase().startsWith(prefix));

export const BuildEnvSchema = z
  .record(z.string(), z.string())
  .superRefine((env, ctx) => {
    for (const [name, secret] of Object.entries(env)) {
      if (!ENV_NAME.test(name) || reserved(name)) ctx.addIssue({ code: 'custom', path: [name], message: `${JSON.stringify(name)} is not allowed here: it must be ${BUILD_ENV_KEY_ALLOWED}` });
      else if (!SECRET_NAME.test(secret)) ctx.addIssue({ code: 'custom', path: [name], message: `${JSON.stringify(secret)} is not allowed: it must be ${BUILD_ENV_VALUE_ALLOWED}` });
    }
  })
  .default({})
  .describe(
    'Environment of the build command: variable name → name of the workflow secret it takes (TAURI_SIGNING_PRIVATE_KEY: TAURI_SIGNING_PRIVATE_KEY). The build gets only these; the workflow passes the secrets as build-secrets.',
  );

export type BuildEnv = z.output<typeof BuildEnvSchema>;

/**
 * The secrets the workflow hands the build job (`build-secrets`): a JSON object, secret name → value
 * (`${{ toJSON(secrets) }}`, or an object written with only the secrets the builds need). Empty: none.
 */
export function parseBuildSecrets(text: string, describe: string): Record<string, string> {
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || Object.values(parsed).some((value) => typeof value !== 'string')) {
    // The value is a secret: the error names the input and the form, never the text.
    throw new InputError(describe, text, 'it must be a JSON object of secret name → text, e.g. ${{ toJSON(secrets) }}', { secret: true });
  }
  return parsed as Record<string, string>;
}

export interface ResolvedBuildEnv {
  env: Record<string, string>;
  /** Variables whose secret the workflow did not pass (left unset when missing secrets are allowed). */
  missing: Array<{ name: string; secret: string }>;
}

/**
 * The target's build env from the secrets given: secret names match as GitHub treats them, without
 * regard to case. A missing secret fails, naming the target, the variable and the secret — or, for a
 * run that builds without secrets (a PR check), is left unset and reported.
 */
export function resolveBuildEnv(buildEnv: BuildEnv, secrets: Record<string, string>, where: string, options: { allowMissing: boolean }): ResolvedBuildEnv {
  const byName = new Map(Object.entries(secrets).map(([name, value]) => [name.toUpperCase(), value]));
  const env: Record<string, string> = {};
  const missing: ResolvedBuildEnv['missing'] = [];
  for (const [name, secret] of Object.entries(buildEnv)) {
    const value = byName.get(secret.toUpperCase());
    if (value === undefined || value === '') missing.push({ name, secret });
    else env[name] = value;
  }
  if (missing.length && !options.allowMissing) {
    throw new UserError(
      `${where}: build-env needs the workflow secret${missing.length > 1 ? 's' : ''} ${missing.map((m) => `${m.secret} (for ${m.name})`).join(', ')}, which build-secrets does not hold (or holds empty); pass it from the calling workflow, e.g. build-secrets: \${{ toJSON(secrets) }}.`,
    );
  }
  return { env, missing };
}

/**
 * What the build command's process sees: the runner's environment without the action's own inputs
 * (INPUT_*: the secrets handed to this step), then the kit's variables and the target's build-env.
 */
export function buildProcessEnv(base: NodeJS.ProcessEnv, kit: Record<string, string>, declared: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) if (value !== undefined && !name.toUpperCase().startsWith('INPUT_')) env[name] = value;
  return { ...env, ...kit, ...declared };
}
