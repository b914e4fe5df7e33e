/**
 * Command lines of the Windows signers whose tools do not run on Linux (signtool, AzureSignTool) and of
 * PKCS#11 (no token here), checked with a recording runner that answers as the tool would; the files,
 * certificates and .pfx handling around them are real.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { X509Certificate } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../src/kit/errors.js';
import { runTool, type ToolOptions, type ToolResult } from '../../src/kit/exec.js';
import { TimestampFailover } from '../../src/sign/timestamp.js';
import { AzureKeyVaultSigner } from '../../src/sign/windows/azure-key-vault.js';
import { AZURE_SIGN_TOOL_VERSION, azureSignToolFolder } from '../../src/sign/windows/azure-sign-tool.js';
import { checkCodeSigningCertificate, decodeBase64Secret, thumbprintOf } from '../../src/sign/windows/certificate.js';
import { splitCommand } from '../../src/sign/windows/command.js';
import { createWindowsSigner, type WindowsSettings } from '../../src/sign/windows/index.js';
import { OsslsigncodeSigner } from '../../src/sign/windows/osslsigncode.js';
import { findSigntool, SigntoolSigner } from '../../src/sign/windows/signtool.js';
import { parseSigntoolVerify } from '../../src/sign/windows/verify.js';
import { buildPe, makePki, osslVerify, startTimestampServer, type Pki } from '../fixtures/sign/pki.js';
import { tempDir } from '../harness/runner.js';

let pki: Pki;
beforeAll(() => {
  pki = makePki(tempDir('pki-'));
});

interface Call {
  command: string;
  args: string[];
  options: ToolOptions;
}

function signtoolVerifyOutput(file: string, thumbprint: string, signatures = 1): string {
  const block = (index: number) => `Signature Index: ${index}${index === 0 ? ' (Primary Signature)' : ''}
Hash of file (sha256): 0F3C

Signing Certificate Chain:
    Issued to: Release Kit Test CA
    Issued by: Release Kit Test CA
    Expires:   Sun Dec 20 10:00:00 2026
    SHA1 hash: DDFB16CD4931C973A2037D3FC83A4D7D775D05E4

        Issued to: Octo App Signing
        Issued by: Release Kit Test CA
        Expires:   Wed Dec 02 10:00:00 2026
        SHA1 hash: ${thumbprint}

The signature is timestamped: Sun Nov 22 02:00:00 2026
Timestamp Verified by:
    Issued to: DigiCert Trusted Root G4
    SHA1 hash: 4A2A1B0C9E8D7F6E5D4C3B2A1908F7E6D5C4B3A2
`;
  return `Verifying: ${file}\n\n${Array.from({ length: signatures }, (_, i) => block(i)).join('\n')}\nSuccessfully verified: ${file}\n\nNumber of signatures successfully Verified: ${signatures}\nNumber of warnings: 0\nNumber of errors: 0\n`;
}

/**
 * A runner that records every call; openssl runs for real, signing tools append a marker to the file
 * they sign (so the test sees the copy was signed, not the original), verifiers answer like signtool.
 */
function recorder(options: { thumbprint?: string; signatures?: number; failTimestampAt?: string } = {}) {
  const calls: Call[] = [];
  const run = async (command: string, args: readonly string[], toolOptions: ToolOptions = {}): Promise<ToolResult> => {
    calls.push({ command, args: [...args], options: toolOptions });
    if (command === 'openssl') return runTool(command, args, toolOptions);
    if (command === 'signtool.exe' && args[0] === '/?') throw new UserError('signtool.exe was not found on PATH: install it or put it on PATH.');
    if (args[0] === 'sign') {
      const url = args[args.indexOf('/tr') + 1] ?? args[args.indexOf('-tr') + 1];
      if (options.failTimestampAt && url === options.failTimestampAt) {
        const { ToolError } = await import('../../src/kit/exec.js');
        throw new ToolError('signtool failed', { exitCode: 1, stdout: '', stderr: 'SignTool Error: The specified timestamp server either could not be reached or returned an invalid response.' });
      }
      appendFileSync(args.at(-1)!, `signed-by-${command}`);
      return { exitCode: 0, stdout: 'Successfully signed', stderr: '' };
    }
    if (args[0] === 'verify') return { exitCode: 0, stdout: signtoolVerifyOutput(args.at(-1)!, options.thumbprint ?? pki.thumbprint, options.signatures ?? 1), stderr: '' };
    if (command === 'az') return { exitCode: 0, stdout: 'eyJ0eXAiOiJKV1QiLCJhbGciOi.token-from-az\n', stderr: '' };
    return { exitCode: 0, stdout: '', stderr: '' };
  };
  return { run, calls };
}

/** A Windows SDK layout with two versions of signtool, the newer without an x64 build. */
function windowsKits(): string {
  const kits = tempDir('kits-');
  for (const [version, arch] of [['10.0.19041.0', 'x64'], ['10.0.22621.0', 'x64'], ['10.0.26100.0', 'arm64']] as const) {
    mkdirSync(path.join(kits, 'bin', version, arch), { recursive: true });
    writeFileSync(path.join(kits, 'bin', version, arch, 'signtool.exe'), 'MZ');
  }
  return kits;
}

function peFile(dir: string, name = 'app.exe'): string {
  const file = path.join(dir, name);
  writeFileSync(file, Buffer.concat([Buffer.from('MZ'), Buffer.alloc(254, 1)]));
  return file;
}

function timestamps(urls: string[]): TimestampFailover {
  return new TimestampFailover({ urls, attemptsPerServer: 2, initialDelayMs: 1, sleep: async () => undefined });
}

describe('signtool (Windows runners)', () => {
  test('a .pfx: the newest x64 signtool of the SDK, /fd sha256 /tr /td sha256, the copy signed and verified, then renamed', async () => {
    const { run, calls } = recorder();
    const dir = tempDir('files-');
    const file = peFile(dir);
    const tempRoot = tempDir('temp-');
    const kits = windowsKits();
    const signer = new SigntoolSigner({
      key: { kind: 'pfx', certificateBase64: pki.pfxBase64, password: pki.password },
      timestamp: timestamps(['http://tsa.one', 'http://tsa.two']),
      tempRoot,
      windowsKits: kits,
      description: 'Octo App',
      descriptionUrl: 'https://octo.example',
      run,
    });
    await signer.prepare();
    const [record] = await signer.signAll([file]);
    const signtool = path.join(kits, 'bin', '10.0.22621.0', 'x64', 'signtool.exe');
    const signs = calls.filter((c) => c.args[0] === 'sign');
    expect(signs).toHaveLength(1);
    const copy = signs[0]!.args.at(-1)!;
    expect(path.dirname(path.dirname(copy))).toBe(dir);
    expect(path.basename(copy)).toBe('app.exe');
    const pfx = signs[0]!.args[signs[0]!.args.indexOf('/f') + 1]!;
    expect(signs[0]).toEqual({
      command: signtool,
      args: ['sign', '/v', '/fd', 'sha256', '/tr', 'http://tsa.one', '/td', 'sha256', '/d', 'Octo App', '/du', 'https://octo.example', '/f', pfx, '/p', pki.password, copy],
      options: { timeoutMs: 180_000, secrets: [pki.password] },
    });
    expect(pfx.startsWith(tempRoot)).toBe(true);
    expect(statSync(pfx).mode & 0o777).toBe(0o600);
    expect(calls.find((c) => c.args[0] === 'verify')!.args).toEqual(['verify', '/pa', '/all', '/v', copy]);
    expect(record).toEqual({ file, method: 'pfx', subject: pki.subject, thumbprint: pki.thumbprint, timestampServer: 'http://tsa.one', verified: true });
    expect(readFileSync(file, 'latin1').endsWith(`signed-by-${signtool}`)).toBe(true);
    await signer.cleanup();
    expect(() => statSync(pfx)).toThrow();
  });

  test('dual signing: /fd sha1 first, then /as /fd sha256; a timestamp server that fails moves to the next', async () => {
    const { run, calls } = recorder({ signatures: 2, failTimestampAt: 'http://tsa.one' });
    const file = peFile(tempDir('files-'));
    const signer = new SigntoolSigner({
      key: { kind: 'pfx', certificateBase64: pki.pfxBase64, password: pki.password },
      signtool: 'C:\\sdk\\signtool.exe',
      timestamp: timestamps(['http://tsa.one', 'http://tsa.two']),
      dualSign: true,
      tempRoot: tempDir('temp-'),
      run,
    });
    await signer.prepare();
    const [record] = await signer.signAll([file]);
    const signs = calls.filter((c) => c.args[0] === 'sign').map((c) => c.args.slice(0, 9).join(' '));
    expect(signs).toEqual([
      'sign /v /fd sha1 /tr http://tsa.one /td sha1 /f',
      'sign /v /fd sha1 /tr http://tsa.one /td sha1 /f',
      'sign /v /fd sha1 /tr http://tsa.two /td sha1 /f',
      'sign /v /fd sha256 /as /tr http://tsa.two /td sha256',
    ]);
    expect(record!.timestampServer).toBe('http://tsa.two');
  });

  test('a verifier reporting another certificate fails the file and leaves the original', async () => {
    const { run } = recorder({ thumbprint: '0'.repeat(40) });
    const file = peFile(tempDir('files-'));
    const before = readFileSync(file);
    const signer = new SigntoolSigner({ key: { kind: 'pfx', certificateBase64: pki.pfxBase64, password: pki.password }, signtool: 'signtool.exe', tempRoot: tempDir('temp-'), run });
    await signer.prepare();
    await expect(signer.signAll([file])).rejects.toThrow(/signed by 0{40}, not by the configured certificate/);
    expect(readFileSync(file)).toEqual(before);
  });

  test('the first failing file stops the files not yet started; the error says how many were signed', async () => {
    const { run, calls } = recorder();
    const dir = tempDir('files-');
    const files = [peFile(dir, 'a.exe'), path.join(dir, 'b.exe'), peFile(dir, 'c.exe')];
    writeFileSync(files[1]!, 'a text file named .exe');
    const signer = new SigntoolSigner({ key: { kind: 'pfx', certificateBase64: pki.pfxBase64, password: pki.password }, signtool: 'signtool.exe', tempRoot: tempDir('temp-'), concurrency: 1, run });
    await signer.prepare();
    await expect(signer.signAll(files)).rejects.toThrow(/b\.exe is not a PE image[\s\S]*\(1 of 3 files were signed and verified before this; the others are unchanged\.\)/);
    expect(calls.filter((c) => c.args[0] === 'sign').map((c) => path.basename(c.args.at(-1)!))).toEqual(['a.exe']);
    expect(readFileSync(files[2]!).length).toBe(256);
  });

  test('Azure Trusted Signing: /dlib and /dmdf with the account metadata', async () => {
    const { run, calls } = recorder({ thumbprint: 'ABCDEF0123456789ABCDEF0123456789ABCDEF01' });
    const dlib = path.join(tempDir('dlib-'), 'Azure.CodeSigning.Dlib.dll');
    writeFileSync(dlib, 'MZ');
    const settings: WindowsSettings = {
      method: 'azure-trusted-signing',
      certificate: '',
      certificatePassword: '',
      timestamp: true,
      timestampUrls: ['http://timestamp.acs.microsoft.com'],
      skipSigned: false,
      dualSign: false,
      concurrency: 2,
      azure: { endpoint: 'https://eus.codesigning.azure.net', account: 'octo', certificateProfile: 'public-trust', dlib, correlationId: 'build-42', managedIdentity: false },
      signtoolPath: 'signtool.exe',
    };
    const signer = createWindowsSigner(settings, { runnerOs: 'Windows', tempRoot: tempDir('temp-'), run });
    await signer.prepare();
    const files = [peFile(tempDir('a-')), peFile(tempDir('b-'), 'b.dll')];
    const records = await signer.signAll(files);
    const sign = calls.find((c) => c.args[0] === 'sign')!;
    const metadata = sign.args[sign.args.indexOf('/dmdf') + 1]!;
    expect(sign.args.slice(0, 10)).toEqual(['sign', '/v', '/fd', 'sha256', '/tr', 'http://timestamp.acs.microsoft.com', '/td', 'sha256', '/dlib', dlib]);
    expect(JSON.parse(readFileSync(metadata, 'utf8'))).toEqual({ Endpoint: 'https://eus.codesigning.azure.net', CodeSigningAccountName: 'octo', CertificateProfileName: 'public-trust', CorrelationId: 'build-42' });
    expect(records.map((r) => [r.method, r.subject, r.thumbprint])).toEqual([
      ['azure-trusted-signing', 'Octo App Signing', 'ABCDEF0123456789ABCDEF0123456789ABCDEF01'],
      ['azure-trusted-signing', 'Octo App Signing', 'ABCDEF0123456789ABCDEF0123456789ABCDEF01'],
    ]);
  });

  test('signtool nowhere is one clear error', async () => {
    const { run } = recorder();
    await expect(findSigntool(run, tempDir('no-sdk-'))).rejects.toThrow(/signtool\.exe was not found on PATH nor under .*; install the Windows SDK or give its path in signtool-path/);
  });
});

describe('AzureSignTool (Azure Key Vault, Windows runners)', () => {
  test('the Azure CLI session supplies an access token, which is masked and hidden from errors', async () => {
    const { run, calls } = recorder({ thumbprint: 'ABCDEF0123456789ABCDEF0123456789ABCDEF01' });
    const masked: string[] = [];
    const signer = new AzureKeyVaultSigner({
      keyVault: { vaultUrl: 'https://octo.vault.azure.net', certificateName: 'release' },
      signtool: 'signtool.exe',
      timestamp: timestamps(['http://tsa.one']),
      tempRoot: tempDir('temp-'),
      run,
    });
    signer.onSecret = (value) => masked.push(value);
    await signer.prepare();
    await signer.signAll([peFile(tempDir('files-'))]);
    const token = 'eyJ0eXAiOiJKV1QiLCJhbGciOi.token-from-az';
    expect(calls.find((c) => c.command === 'az')!.args).toEqual(['account', 'get-access-token', '--resource', 'https://vault.azure.net', '--query', 'accessToken', '--output', 'tsv']);
    expect(masked).toEqual([token]);
    const sign = calls.find((c) => c.command === 'AzureSignTool' && c.args[0] === 'sign')!;
    expect(sign.args.slice(0, -1)).toEqual(['sign', '-kvu', 'https://octo.vault.azure.net', '-kvc', 'release', '-kva', token, '-fd', 'sha256', '-tr', 'http://tsa.one', '-td', 'sha256', '-v']);
    expect(sign.options.secrets).toEqual([token]);
  });

  test('a service principal: -kvi -kvs -kvt, the secret hidden from errors', async () => {
    const { run, calls } = recorder();
    const signer = new AzureKeyVaultSigner({
      keyVault: { vaultUrl: 'https://octo.vault.azure.net', certificateName: 'release', clientId: 'cid', clientSecret: 'sp-secret-value', tenantId: 'tid' },
      signtool: 'signtool.exe',
      tempRoot: tempDir('temp-'),
      run,
    });
    await signer.prepare();
    await signer.signAll([peFile(tempDir('files-'))]);
    const sign = calls.find((c) => c.command === 'AzureSignTool' && c.args[0] === 'sign')!;
    expect(sign.args.slice(5, 11)).toEqual(['-kvi', 'cid', '-kvs', 'sp-secret-value', '-kvt', 'tid']);
    expect(sign.args).not.toContain('-tr');
    expect(sign.options.secrets).toEqual(['sp-secret-value']);
    expect(calls.some((c) => c.command === 'az')).toBe(false);
  });

  test('set up by the kit: dotnet tool install of the pinned version into the tool cache once; the next job takes it from there', async () => {
    const toolCache = tempDir('toolcache-');
    const folder = azureSignToolFolder(toolCache, AZURE_SIGN_TOOL_VERSION, 'x64');
    const { run: recorded, calls } = recorder();
    // What `dotnet tool install --tool-path` leaves: the tool's shim in that folder.
    const run: typeof recorded = async (command, args, options) => {
      const result = await recorded(command, args, options);
      if (command === 'dotnet') {
        mkdirSync(args[args.indexOf('--tool-path') + 1]!, { recursive: true });
        writeFileSync(path.join(args[args.indexOf('--tool-path') + 1]!, 'AzureSignTool.exe'), 'MZ');
      }
      return result;
    };
    const keyVault = { vaultUrl: 'https://octo.vault.azure.net', certificateName: 'release', clientId: 'cid', clientSecret: 'sp-secret-value', tenantId: 'tid' };
    const settings = { method: 'azure-key-vault', timestamp: false, timestampUrls: [], skipSigned: false, dualSign: false, concurrency: 1, certificate: '', certificatePassword: '', signtoolPath: 'signtool.exe', azure: { vaultUrl: keyVault.vaultUrl, vaultCertificate: 'release', clientId: 'cid', clientSecret: 'sp-secret-value', tenantId: 'tid', managedIdentity: false } } as WindowsSettings;
    const context = { runnerOs: 'Windows' as const, tempRoot: tempDir('temp-'), run, toolCache: { folder: toolCache, arch: 'x64' } };
    const first = createWindowsSigner(settings, context);
    await first.prepare();
    await first.signAll([peFile(tempDir('files-'))]);
    expect(calls.filter((c) => c.command === 'dotnet').map((c) => c.args)).toEqual([['tool', 'install', 'AzureSignTool', '--version', AZURE_SIGN_TOOL_VERSION, '--tool-path', folder]]);
    expect(existsSync(`${folder}.complete`)).toBe(true);
    const executable = path.join(folder, 'AzureSignTool.exe');
    expect(calls.find((c) => c.args[0] === 'sign')!.command).toBe(executable);
    calls.length = 0;
    const second = createWindowsSigner(settings, context);
    await second.prepare();
    await second.signAll([peFile(tempDir('files-'))]);
    expect(calls.some((c) => c.command === 'dotnet')).toBe(false);
    expect(calls.find((c) => c.args[0] === 'sign')!.command).toBe(executable);
  });

  test('a runner without the .NET SDK: one error saying what AzureSignTool needs', async () => {
    const { run: recorded } = recorder();
    const run: typeof recorded = async (command, args, options) => {
      if (command === 'dotnet') throw new UserError('dotnet was not found on PATH');
      return recorded(command, args, options);
    };
    const settings = { method: 'azure-key-vault', timestamp: false, timestampUrls: [], skipSigned: false, dualSign: false, concurrency: 1, certificate: '', certificatePassword: '', signtoolPath: 'signtool.exe', azure: { vaultUrl: 'https://octo.vault.azure.net', vaultCertificate: 'release', managedIdentity: true } } as WindowsSettings;
    const signer = createWindowsSigner(settings, { runnerOs: 'Windows', tempRoot: tempDir('temp-'), run, toolCache: { folder: tempDir('toolcache-'), arch: 'x64' } });
    await expect(signer.prepare()).rejects.toThrow(
      `Cannot set up AzureSignTool ${AZURE_SIGN_TOOL_VERSION} for windows-method: azure-key-vault (dotnet tool install failed: dotnet was not found on PATH); the runner needs the .NET SDK (GitHub's Windows images have it), or give the path of an installed AzureSignTool.`,
    );
  });

  test('on a Linux runner it is refused with what to do instead', () => {
    const settings = { method: 'azure-key-vault', azure: { managedIdentity: false } } as WindowsSettings;
    expect(() => createWindowsSigner(settings, { runnerOs: 'Linux', tempRoot: '/tmp' })).toThrow(/needs a Windows runner.*jsign/);
  });
});

describe('PKCS#11 (osslsigncode)', () => {
  test('-pkcs11module, -key, -certs and the PIN read from a 0600 file', async () => {
    const { run, calls } = recorder();
    const module = path.join(tempDir('hsm-'), 'libsofthsm2.so');
    writeFileSync(module, '');
    const tempRoot = tempDir('temp-');
    const signer = new OsslsigncodeSigner({
      key: { kind: 'pkcs11', module, keyId: 'pkcs11:token=octo;object=release', certificate: readFileSync(pki.certPem, 'utf8'), pin: '123456' },
      timestamp: timestamps(['http://tsa.one']),
      tempRoot,
      run,
    });
    await signer.prepare();
    const args = signer.signArguments('in.exe', 'out.exe', 'sha256', false, 'http://tsa.one');
    const certs = args[args.indexOf('-certs') + 1]!;
    const pin = args[args.indexOf('-readpass') + 1]!;
    expect(args).toEqual(['sign', '-pkcs11module', module, '-key', 'pkcs11:token=octo;object=release', '-certs', certs, '-readpass', pin, '-h', 'sha256', '-ts', 'http://tsa.one', '-in', 'in.exe', '-out', 'out.exe']);
    expect(readFileSync(pin, 'utf8')).toBe('123456');
    expect(statSync(pin).mode & 0o777).toBe(0o600);
    expect(new X509Certificate(readFileSync(certs)).fingerprint).toBe(new X509Certificate(readFileSync(pki.certPem)).fingerprint);
    expect(calls.map((c) => c.command)).toEqual(['osslsigncode', 'openssl']);
    await signer.cleanup();
    expect(() => statSync(pin)).toThrow();
  });

  test('a module path that is not there', async () => {
    const signer = new OsslsigncodeSigner({ key: { kind: 'pkcs11', module: '/nowhere/lib.so', keyId: '01', certificate: readFileSync(pki.certPem, 'utf8') }, tempRoot: tempDir('t-'), run: recorder().run });
    await expect(signer.prepare()).rejects.toThrow(/Input "pkcs11-module" names \/nowhere\/lib\.so, which is not a file/);
  });
});

describe('sign-command templates', () => {
  test('split like shell words, without any expansion', () => {
    expect(splitCommand(`jsign --storepass "$TOKEN" --alias 'my key' {file}`)).toEqual(['jsign', '--storepass', '$TOKEN', '--alias', 'my key', '{file}']);
    expect(splitCommand('tool "a \\"quoted\\" word" "" {file}')).toEqual(['tool', 'a "quoted" word', '', '{file}']);
    expect(splitCommand('C:\\tools\\jsign.exe --keystore "C:\\Program Files\\keys\\k.p12" {file}')).toEqual(['C:\\tools\\jsign.exe', '--keystore', 'C:\\Program Files\\keys\\k.p12', '{file}']);
    expect(splitCommand('tool `id` $(id) ; rm -rf / {file}')).toEqual(['tool', '`id`', '$(id)', ';', 'rm', '-rf', '/', '{file}']);
    expect(() => splitCommand('tool "open {file}')).toThrow(/unclosed " quote/);
  });

  test('a template without {file} is refused', () => {
    const settings = { method: 'command', signCommand: 'signtool sign /a', azure: { managedIdentity: false } } as WindowsSettings;
    expect(() => createWindowsSigner(settings, { runnerOs: 'Linux', tempRoot: '/tmp' })).toThrow(/must contain \{file\}/);
  });
});

describe('certificates', () => {
  test('strict base64: whitespace allowed, anything else refused without showing the value', () => {
    expect(decodeBase64Secret('aGVs\nbG8=\n', 'Input "certificate"').toString()).toBe('hello');
    for (const bad of ['aGVsbG8', 'aGVs*G8=', '', 'aGVsbG8===']) expect(() => decodeBase64Secret(bad, 'Input "certificate"')).toThrow(/Input "certificate" is not valid base64/);
    expect(() => decodeBase64Secret('c2VjcmV0!', 'Input "certificate"')).not.toThrow(/c2VjcmV0/);
  });

  test('expired, not yet valid, wrong purpose and CA certificates are refused', () => {
    const read = (name: string) => new X509Certificate(readFileSync(path.join(pki.dir, `${name}.pem`)));
    expect(() => checkCodeSigningCertificate(read('codesign'), 'Input "certificate"')).not.toThrow();
    expect(thumbprintOf(read('codesign'))).toBe(pki.thumbprint);
    expect(() => checkCodeSigningCertificate(read('expired'), 'Input "certificate"')).toThrow(/expired on 2021-01-01T00:00:00\.000Z/);
    expect(() => checkCodeSigningCertificate(read('codesign'), 'Input "certificate"', new Date('2000-01-01'))).toThrow(/is not valid before/);
    expect(() => checkCodeSigningCertificate(read('server'), 'Input "certificate"')).toThrow(/not a code-signing certificate/);
    expect(() => checkCodeSigningCertificate(read('ca'), 'Input "certificate"')).toThrow(/is a CA certificate/);
  });
});

describe('signtool verify output', () => {
  test('the leaf of the signing chain, the signature count and the timestamp', () => {
    expect(parseSigntoolVerify(signtoolVerifyOutput('C:\\a\\app.exe', 'ABCDEF0123456789ABCDEF0123456789ABCDEF01', 2))).toEqual({
      subject: 'Octo App Signing',
      thumbprint: 'ABCDEF0123456789ABCDEF0123456789ABCDEF01',
      signatures: 2,
      timestamped: true,
    });
    expect(parseSigntoolVerify('Verifying: a.exe\nSignature Index: 0 (Primary Signature)\nSigning Certificate Chain:\n    Issued to: X\n    SHA1 hash: ' + 'A'.repeat(40) + '\nFile is not timestamped.\n').timestamped).toBe(false);
  });
});

describe('a timestamp server that never answers (real osslsigncode)', () => {
  test('counts as a failed server after timestampTimeoutMs, and the next one is used', async () => {
    const hung = await startTimestampServer(pki, { hang: true });
    const good = await startTimestampServer(pki);
    try {
      const file = buildPe(tempDir('pe-'));
      const warnings: string[] = [];
      const signer = new OsslsigncodeSigner({
        key: { kind: 'pfx', certificateBase64: pki.pfxBase64, password: pki.password },
        timestamp: new TimestampFailover({ urls: [hung.url, good.url], attemptsPerServer: 1, onFailure: (url, answer) => warnings.push(`${url}: ${answer}`) }),
        timestampTimeoutMs: 1500,
        caFile: pki.caPem,
        tempRoot: tempDir('temp-'),
      });
      await signer.prepare();
      const [record] = await signer.signAll([file]);
      await signer.cleanup();
      expect(warnings).toEqual([`${hung.url}: no answer within 1.5 s`]);
      expect(record).toMatchObject({ timestampServer: good.url, verified: true });
      expect(osslVerify(pki, file).output).toContain('Timestamp Server Signature verification: ok');
    } finally {
      await hung.close();
      await good.close();
    }
  });
});
