'use strict';
/**
 * electron-builder's custom Windows sign hook: signs each file electron-builder hands over (the app's
 * .exe, .dll and .node files, then the installer and its uninstaller) with `release-kit sign`, so the
 * build signs inside-out with the kit's signers (PFX, Azure Trusted Signing, Key Vault, PKCS#11, a
 * command) and its timestamp fallback.
 *
 *   "win": { "signtoolOptions": { "sign": "./node_modules/release-kit/hooks/electron-builder-sign.cjs",
 *                                 "signingHashAlgorithms": ["sha256"] } }
 *
 * Settings come from RELEASE_KIT_* variables (RELEASE_KIT_WINDOWS_METHOD, RELEASE_KIT_CERTIFICATE,
 * RELEASE_KIT_CERTIFICATE_PASSWORD, …; see docs/signing-hooks.md), never from the command line.
 * RELEASE_KIT_CLI names the release-kit command's script when it is not beside this hook.
 */
const { spawn } = require('node:child_process');
const path = require('node:path');

function cliScript() {
  return process.env.RELEASE_KIT_CLI || path.join(__dirname, '..', 'dist', 'cli', 'index.js');
}

/** @param {{ path: string, hash?: string, isNest?: boolean }} configuration */
module.exports = async function sign(configuration) {
  // electron-builder calls once per hash algorithm; the first call makes the file's one SHA-256 signature
  // (RELEASE_KIT_DUAL_SIGN=true adds the SHA-1 one in the same call).
  if (configuration.isNest) return;
  const args = [cliScript(), 'sign', '--platform', 'windows', configuration.path];
  await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`release-kit sign ${configuration.path} failed (${signal ? `signal ${signal}` : `exit ${code}`}); its output is above.`));
    });
  });
};
