import { describe, expect, test } from '@jest/globals';
import { rehearsalBuildSecrets } from '../../src/rehearse/rehearse.js';

const SIGN_JOB = { 'windows-certificate': 'pfx-base64', 'windows-certificate-password': 'pfx-password', 'gpg-private-key': 'gpg-key', 'gpg-passphrase': 'gpg-pass' };
const targets = (...envs: Array<Record<string, string>>) => ({ targets: envs.map((env, i) => ({ id: `t${i}`, 'build-env': env })) }) as never;

describe("rehearse: build-secrets for the builds' sign hook", () => {
  test("a build-env entry for a key variable of the sign hook finds the sign job's key under the secret it names", () => {
    const config = targets({ RELEASE_KIT_CERTIFICATE: 'WINDOWS_PFX_BASE64', RELEASE_KIT_CERTIFICATE_PASSWORD: 'WINDOWS_PFX_PASSWORD' }, { RELEASE_KIT_GPG_PRIVATE_KEY: 'GPG_KEY' });
    const built = rehearsalBuildSecrets(config, SIGN_JOB, undefined);
    expect(JSON.parse(built.text!)).toEqual({ WINDOWS_PFX_BASE64: 'pfx-base64', WINDOWS_PFX_PASSWORD: 'pfx-password', GPG_KEY: 'gpg-key' });
    expect(built.signingKeys).toEqual(['WINDOWS_PFX_BASE64', 'WINDOWS_PFX_PASSWORD', 'GPG_KEY']);
  });

  test('other build-env secrets are not made up; a build-secrets given adds to the keys and wins where it names the same secret', () => {
    const config = targets({ RELEASE_KIT_CERTIFICATE: 'WINDOWS_PFX_BASE64', TAURI_SIGNING_PRIVATE_KEY: 'TAURI_KEY', NPM_TOKEN: 'NPM_TOKEN' });
    expect(JSON.parse(rehearsalBuildSecrets(config, SIGN_JOB, undefined).text!)).toEqual({ WINDOWS_PFX_BASE64: 'pfx-base64' });
    const given = rehearsalBuildSecrets(config, SIGN_JOB, JSON.stringify({ NPM_TOKEN: 'npm', WINDOWS_PFX_BASE64: 'real-pfx' }));
    expect(JSON.parse(given.text!)).toEqual({ WINDOWS_PFX_BASE64: 'real-pfx', NPM_TOKEN: 'npm' });
    expect(given.signingKeys).toEqual([]);
  });

  test('no build-env: nothing is passed; a build-secrets that is not a JSON object is passed on as given, for the build step to refuse', () => {
    expect(rehearsalBuildSecrets(targets({}), SIGN_JOB, undefined)).toEqual({ text: undefined, signingKeys: [] });
    expect(rehearsalBuildSecrets(undefined, SIGN_JOB, undefined)).toEqual({ text: undefined, signingKeys: [] });
    expect(rehearsalBuildSecrets(targets({ RELEASE_KIT_CERTIFICATE: 'PFX' }), SIGN_JOB, 'not json')).toEqual({ text: 'not json', signingKeys: [] });
  });
});
