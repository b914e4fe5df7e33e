import { describe, expect, test } from '@jest/globals';
import { getCodesignSettings } from '../../src/actions/codesign/input-helper.js';
import { DEFAULT_TIMESTAMP_URLS } from '../../src/sign/timestamp.js';
import { inputSource } from '../harness/input-source.js';

const source = inputSource;

describe('codesign inputs', () => {
  test('defaults: auto platform, pfx, timestamped by the public servers, 4 at once', () => {
    const settings = getCodesignSettings(source({ files: 'dist/*' }), '/ws');
    expect(settings).toMatchObject({ patterns: ['dist/*'], platform: 'auto', timestamp: true, allowEmpty: false });
    expect(settings.windows).toMatchObject({ method: 'pfx', timestampUrls: [...DEFAULT_TIMESTAMP_URLS], concurrency: 4, skipSigned: false, dualSign: false });
    expect(settings.windows).not.toHaveProperty('caFile');
    expect(settings.linux).toMatchObject({ method: 'gpg', tauriSignature: false });
    expect(settings.macos.hardenedRuntime).toBe(true);
  });

  test('every secret is masked, and paths are resolved in the workspace', () => {
    const s = source({
      files: 'dist/*',
      certificate: 'UEZYLUJBU0U2NA==',
      'certificate-password': 'pfx-pass',
      'azure-client-secret': 'sp-secret',
      'macos-certificate': 'mac-cert',
      'macos-certificate-password': 'mac-pass',
      'macos-installer-certificate': 'inst-cert',
      'macos-installer-certificate-password': 'inst-pass',
      'macos-installer-identity': 'Developer ID Installer: Octo Org (ABCDE12345)',
      'gpg-private-key': 'gpg-key',
      'gpg-passphrase': 'gpg-pass',
      'minisign-key': 'mini-key',
      'minisign-password': 'mini-pass',
      'ca-file': 'certs/ca.pem',
      'pkcs11-module': '/usr/lib/softhsm/libsofthsm2.so',
      'timestamp-urls': 'http://tsa.one, https://tsa.two/rfc3161\nhttp://tsa.three',
    });
    const settings = getCodesignSettings(s, '/ws');
    expect(s.masked.sort()).toEqual(['UEZYLUJBU0U2NA==', 'gpg-key', 'gpg-pass', 'inst-cert', 'inst-pass', 'mac-cert', 'mac-pass', 'mini-key', 'mini-pass', 'pfx-pass', 'sp-secret']);
    expect(settings.macos.installerIdentity).toBe('Developer ID Installer: Octo Org (ABCDE12345)');
    expect(settings.windows.caFile).toBe('/ws/certs/ca.pem');
    expect(settings.windows.pkcs11Module).toBe('/usr/lib/softhsm/libsofthsm2.so');
    expect(settings.windows.azure.clientSecret).toBe('sp-secret');
    expect(settings.windows.timestampUrls).toEqual(['http://tsa.one', 'https://tsa.two/rfc3161', 'http://tsa.three']);
  });

  test('bad values name the input, the value and what is allowed', () => {
    expect(() => getCodesignSettings(source({}), '/ws')).toThrow('Input "files" has the value "", but it is required: one or more lines.');
    expect(() => getCodesignSettings(source({ files: 'a', platform: 'android' }), '/ws')).toThrow('Input "platform" has the value "android", but it must be one of: auto, windows, macos, linux.');
    expect(() => getCodesignSettings(source({ files: 'a', concurrency: '0' }), '/ws')).toThrow(/Input "concurrency" has the value "0", but it must be a whole number from 1 to 32/);
    expect(() => getCodesignSettings(source({ files: 'a', 'linux-method': 'pgp' }), '/ws')).toThrow(/must be one of: gpg, minisign, both/);
    expect(() => getCodesignSettings(source({ files: 'a', 'dual-sign': 'yes' }), '/ws')).toThrow(/Input "dual-sign" has the value "yes", but it must be true or false/);
  });
});
