/**
 * What `release-kit check` refuses is what the release would refuse: names, collisions, feeds, the
 * signer, smoke settings and their units — each checked on the config before anything is built.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getSmokeRuns } from '../../src/actions/smoke-test/input-helper.js';
import { getUpdateFeedSettings } from '../../src/actions/update-feed/input-helper.js';
import { releaseName } from '../../src/plan/artifact-name.js';
import { parseReleaseKitConfig } from '../../src/plan/load-config.js';
import { configWarnings } from '../../src/plan/checks.js';
import { expectedAssets, feedPlan, planText } from '../../src/plan/describe.js';
import { planRelease } from '../../src/plan/plan.js';
import { inputSource } from '../harness/input-source.js';
import { ROOT, tempDir } from '../harness/runner.js';

const target = (id: string, rest: string) => `  - id: ${id}\n    runner: ubuntu-24.04\n    os: linux\n    arch: x64\n    build: make\n${rest}`;
const config = (targets: string, extra = '') => `product:\n  name: app\n${extra}targets:\n${targets}`;
const parse = (text: string) => parseReleaseKitConfig(text, 'release-kit.yml');
const plan = async (text: string, version = '1.2.0') => {
  const parsed = parse(text);
  const planned = await planRelease(parsed, { ref: `refs/tags/v${version}`, event: 'push', root: ROOT });
  return { config: parsed, plan: planned, expected: expectedAssets(planned, parsed) };
};

describe('release names', () => {
  const rule = { template: '{name}-{version}-{os}-{arch}.{ext}', parts: { name: 'app', version: '1.2.0', os: 'windows', arch: 'x64', target: 'win' }, shipsWheel: false };

  test('{basename} is the built file\'s name in the plan and in expected-assets, not "file"', async () => {
    const { expected, plan: p, config: c } = await plan(config(target('win', '    artifacts: [dist/Hello-*.exe, dist/README.txt]\n'), "artifact-name: '{basename}-{os}.{ext}'\n"));
    expect(expected).toEqual(['Hello-*-linux.exe', 'README-linux.txt']);
    expect(planText(p, c)).toContain('dist/Hello-*.exe → Hello-*-linux.exe');
  });

  test('the plan shows which workflow secrets reach each build (build-env), and nothing for a target without it', async () => {
    const { plan: p, config: c } = await plan(config(target('tauri', '    artifacts: [dist/*.msi]\n    build-env:\n      TAURI_SIGNING_PRIVATE_KEY: TAURI_KEY\n      RELEASE_KIT_CERTIFICATE: WINDOWS_PFX_BASE64\n') + target('plain', '    artifacts: [dist/*.tar.gz]\n')));
    const text = planText(p, c);
    expect(text).toContain('  tauri  runs-on ubuntu-24.04  (linux/x64)\n    build: make\n    build-env: TAURI_SIGNING_PRIVATE_KEY ← secret TAURI_KEY, RELEASE_KIT_CERTIFICATE ← secret WINDOWS_PFX_BASE64\n');
    expect(text).toContain('  plain  runs-on ubuntu-24.04  (linux/x64)\n    build: make\n    dist/*.tar.gz');
  });

  test('signatures and block maps follow their bundle\'s release name, compound extensions included', () => {
    expect(releaseName('out/Hello.AppImage.sig', { ...rule, parts: { ...rule.parts, os: 'linux' } }).name).toBe('app-1.2.0-linux-x64.AppImage.sig');
    expect(releaseName('out/Hello Setup.exe.sig', rule).name).toBe('app-1.2.0-windows-x64.exe.sig');
    expect(releaseName('out/Hello.msi.sig', rule).name).toBe('app-1.2.0-windows-x64.msi.sig');
    expect(releaseName('out/Hello Setup.exe.blockmap', rule).name).toBe('app-1.2.0-windows-x64.exe.blockmap');
    expect(releaseName('out/Hello.app.tar.gz.sig', rule).name).toBe('app-1.2.0-windows-x64.app.tar.gz.sig');
    expect(releaseName('out/hello.deb.asc', rule).name).toBe('app-1.2.0-windows-x64.deb.asc');
    expect(releaseName('out/hello.tar.gz.minisig', rule).name).toBe('app-1.2.0-windows-x64.tar.gz.minisig');
  });

  test('the .exe.sig and .msi.sig of one target no longer collide; a Tauri target plans every signature beside its bundle', async () => {
    const tauri = target('win', '    artifacts: [nsis/*.exe, nsis/*.exe.sig, msi/*.msi, msi/*.msi.sig]\n').replace('os: linux', 'os: windows');
    const { expected } = await plan(config(tauri));
    expect(expected).toEqual(['app-1.2.0-windows-x64.exe', 'app-1.2.0-windows-x64.exe.sig', 'app-1.2.0-windows-x64.msi', 'app-1.2.0-windows-x64.msi.sig']);
  });

  test('wheels, sdists, Squirrel RELEASES and .nupkg keep the names their format needs; os/arch any for pure files', async () => {
    const python = target('py', '    artifacts: [dist/*.whl, dist/*.tar.gz, dist/tradingbot.pyz]\n').replace('os: linux', 'os: any').replace('arch: x64', 'arch: any');
    const { expected, plan: p, config: c } = await plan(config(python));
    expect(expected).toEqual(['*.whl', '*.tar.gz', 'app-1.2.0-any-any.pyz']);
    expect(planText(p, c)).toContain('dist/*.whl → *.whl (a wheel keeps its name: pip reads the package, version and platform tags from it (PEP 427))');
    expect(releaseName('dist/tradingbot-0.3.0-py3-none-any.whl', rule).name).toBe('tradingbot-0.3.0-py3-none-any.whl');
    expect(releaseName('dist/tradingbot-0.3.0.tar.gz', { ...rule, shipsWheel: true }).name).toBe('tradingbot-0.3.0.tar.gz');
    expect(releaseName('dist/tradingbot-0.3.0.tar.gz', rule).name).toBe('app-1.2.0-windows-x64.tar.gz');
    expect(releaseName('squirrel/RELEASES', rule).name).toBe('RELEASES');
    expect(releaseName('squirrel/App-1.2.0-full.nupkg', rule).name).toBe('App-1.2.0-full.nupkg');
  });
});

describe('check errors (before anything is built)', () => {
  const fails = (text: string) => {
    try {
      parse(text);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('the config was accepted');
  };

  test('two files of one target with one name, and two targets releasing one name', () => {
    expect(fails(config(target('linux-x64', '    artifacts: [dist/a.tar.gz, dist/b.tar.gz]\n')))).toBe(
      "release-kit.yml:9:32: targets[linux-x64].artifacts[1]: dist/a.tar.gz and dist/b.tar.gz would both be released as app-{version}-linux-x64.tar.gz: add {basename} to the artifact-name template (e.g. '{basename}-{os}-{arch}.{ext}'), or give each its own extension",
    );
    const electronAndTauri = config(
      target('win-electron', '    artifacts: [dist/*.exe]\n').replace('os: linux', 'os: windows') + target('win-tauri', '    artifacts: [bundle/nsis/*.exe]\n').replace('os: linux', 'os: windows'),
    );
    expect(fails(electronAndTauri)).toMatch(/^release-kit\.yml:\d+:\d+: targets\[win-tauri\]\.artifacts: win-electron and win-tauri would both release app-\{version\}-windows-x64\.exe: give one of them its own artifact-name/);
  });

  test('a template without {ext} is for programs with no extension; a file that has one would lose it', () => {
    const pyz = config(target('backend', "    artifacts: [dist/backend/*.pyz]\n    artifact-name: '{basename}'\n"));
    expect(fails(pyz)).toMatch(/^release-kit\.yml:\d+:\d+: targets\[backend\]\.artifact-name: '\{basename\}' has no \{ext\}, so dist\/backend\/\*\.pyz would be released without its \.pyz \(as \*\): add \.\{ext\} to the template/);
    // A Unix binary keeps working as it always has (the CLI starter names its binaries this way).
    expect(() => parse(config(target('linux', "    artifacts: [target/release/hello]\n    artifact-name: '{name}-{version}-{os}-{arch}'\n")))).not.toThrow();
    expect(() => parse(readFileSync(path.join(ROOT, 'workflows/configs/cli.release-kit.yml'), 'utf8'))).not.toThrow();
  });

  test('a signer that can take none of the target\'s files', () => {
    const tarball = target('macos-arm64', '    artifacts: [hello.tar.gz]\n    sign: macos\n').replace('os: linux', 'os: macos');
    expect(fails(config(tarball))).toMatch(/^release-kit\.yml:10:11: targets\[macos-arm64\]\.sign: sign: macos can sign none of this target's files \(hello\.tar\.gz\): codesign\/productsign sign .*Mach-O binaries/);
    // The CLI starter as it was: its macOS leg shipped an unsigned tarball without a word.
    expect(fails(readFileSync(path.join(ROOT, 'test/fixtures/compat/cli.release-kit.yml'), 'utf8'))).toContain("targets[macos-arm64].sign: sign: macos can sign none of this target's files (hello.tar.gz)");
    expect(() => parse(config(target('mac', '    artifacts: [target/release/hello]\n    sign: macos\n').replace('os: linux', 'os: macos')))).not.toThrow();
    expect(fails(config(target('win', '    artifacts: [app.zip]\n    sign: windows\n')))).toContain('targets[win].sign: sign: windows can sign none of this target\'s files (app.zip): Authenticode signs .exe');
  });

  test('feeds: both unscoped collide; scoped feeds give update-feed what it accepts', async () => {
    const two = target('win-electron', '    artifacts: [dist/*.exe, dist/*.exe.blockmap]\n').replace('os: linux', 'os: windows') + target('win-tauri', "    artifacts: [nsis/*.exe, nsis/*.exe.sig]\n    artifact-name: '{name}-tauri-{version}-{os}-{arch}.{ext}'\n").replace('os: linux', 'os: windows');
    expect(fails(config(two, 'feeds:\n  electron: true\n  tauri: true\n'))).toMatch(/^release-kit\.yml:4:3: feeds: both feeds cover every file/);
    expect(fails(config(two, 'feeds:\n  electron: { targets: [win-electorn] }\n  tauri: true\n'))).toContain('feeds.electron.targets[0]: win-electorn is not a target id (win-electron, win-tauri)');
    const { plan: p, config: c } = await plan(config(two, 'feeds:\n  electron: { targets: [win-electron] }\n  tauri: { targets: [win-tauri] }\n'));
    const feeds = feedPlan(p, c);
    expect(feeds).toEqual({
      feeds: 'both',
      electronFiles: ['app-1.2.0-windows-x64.exe', 'app-1.2.0-windows-x64.exe.blockmap'],
      tauriFiles: ['app-tauri-1.2.0-windows-x64.exe', 'app-tauri-1.2.0-windows-x64.exe.sig'],
    });
    // update-feed takes the plan's outputs as they are (before: only electron|tauri|both).
    const settings = getUpdateFeedSettings(inputSource({ files: 'release-files/*', feeds: 'electron,tauri', version: '1.2.0', 'electron-files': feeds.electronFiles.join('\n'), 'tauri-files': feeds.tauriFiles.join('\n') }), { workspace: tempDir() });
    expect(settings).toMatchObject({ electron: true, tauri: true, electronFiles: feeds.electronFiles, tauriFiles: feeds.tauriFiles });
  });

  test('smoke: durations in every form, one range; errors say the range and units, and name the target', () => {
    for (const timeout of ['90', '"90"', '90s', '2m', '1h']) {
      const [smoke] = parse(config(target('cli', `    artifacts: [hello.tar.gz]\n    smoke:\n      run: ./hello\n      expect-exit-code: 0\n      timeout: ${timeout}\n`))).targets[0]!.smoke!;
      expect(smoke!.timeout).toBe({ '90': 90_000, '"90"': 90_000, '90s': 90_000, '2m': 120_000, '1h': 3_600_000 }[timeout]);
    }
    expect(parse(config(target('gui', '    artifacts: [hello.tar.gz]\n    smoke:\n      run: ./hello\n      stay-alive: 3600\n'))).targets[0]!.smoke![0]!['stay-alive']).toBe(3_600_000);
    expect(fails(config(target('gui', '    artifacts: [hello.tar.gz]\n    smoke:\n      run: ./hello\n      stay-alive: 2h\n')))).toBe(
      'release-kit.yml:12:19: targets[gui].smoke.stay-alive: it must be a duration from 1s to 1h: seconds (90) or with a unit (90s, 2m, 1h, 1h30m)',
    );
    expect(fails(config(target('gui', '    artifacts: [hello.tar.gz]\n    smoke:\n      run: ./hello\n      stay-alive: 10\n      expect-exit-code: 0\n')))).toContain(
      'targets[gui].smoke.stay-alive: it cannot be combined with expect-exit-code',
    );
    expect(fails(config(target('gui', '    artifacts: [hello.tar.gz]\n    smoke:\n      run: ./hello\n      stay-alive: 10\n      timout: 5\n')))).toContain('targets[gui].smoke.timout: unknown key; did you mean `timeout`?');
    expect(fails(config(target('gui', '    artifact: [hello.tar.gz]\n')))).toContain('targets[gui].artifact: unknown key; did you mean `artifacts`?');
  });

  test('smoke: every option of the smoke-test action is a key of smoke:', () => {
    const action = readFileSync(path.join(ROOT, 'actions/smoke-test/action.yml'), 'utf8');
    const inputs = [...action.split('outputs:')[0]!.matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]!).filter((name) => !['config', 'target', 'artifacts-dir', 'version'].includes(name));
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'docs/release-kit.schema.json'), 'utf8'));
    expect(Object.keys(schema.$defs['smoke-check'].properties).sort()).toEqual(inputs.sort());
  });

  test('smoke.install must match one of the target\'s release files; several smoke checks per target', () => {
    const win = (smoke: string) => config(target('win', `    artifacts: [dist/*.exe, dist/*.msi]\n    smoke:\n${smoke}`).replace('os: linux', 'os: windows'));
    expect(fails(win('      install: "*.pkg"\n      run: app\n      stay-alive: 5\n'))).toContain('targets[win].smoke.install: *.pkg matches none of this target\'s release files (app-{version}-windows-x64.exe, app-{version}-windows-x64.msi)');
    const several = parse(win('      - install: "*.exe"\n        run: app\n        stay-alive: 5\n      - install: "*.msi"\n        run: app\n        stay-alive: 5\n      - run: backend --version\n        expect-exit-code: 0\n'));
    expect(several.targets[0]!.smoke!.map((s) => s.install ?? '-')).toEqual(['*.exe', '*.msi', '-']);
    expect(fails(win('      - install: "*.exe"\n        run: app\n      - run: b\n        expect-exit-code: 0\n'))).toContain('targets[win].smoke[0]: at least one check must be given');
  });
});

describe('configs written before these checks (the starters and the sample as they were) keep working', () => {
  test.each([
    ['electron-app', ['linux-x64']],
    ['tauri-app', ['linux-x64']],
    ['python-backend', ['linux-x64']],
    ['hello-app', ['linux-x64', 'backend']],
  ])('%s: valid and planned; sign: gpg read as linux, with a warning', async (name, gpgTargets) => {
    const parsed = parse(readFileSync(path.join(ROOT, `test/fixtures/compat/${name}.release-kit.yml`), 'utf8'));
    const planned = await planRelease({ ...parsed, product: { ...parsed.product, 'version-from': 'tag' } }, { ref: 'refs/tags/v1.0.0', event: 'push', root: ROOT });
    expect(planned.targets.length).toBe(parsed.targets.length);
    expect(configWarnings(parsed)).toEqual(gpgTargets.map((id) => `targets[${id}].sign: gpg is now called linux (as the codesign action names it); gpg keeps working`));
    expect(parsed.targets.filter((t) => gpgTargets.includes(t.id)).map((t) => t.sign.platform)).toEqual(gpgTargets.map(() => 'linux'));
  });

  test('the starters as shipped now: valid, without warnings', () => {
    for (const name of ['cli', 'electron-app', 'tauri-app', 'python-backend']) {
      expect(configWarnings(parse(readFileSync(path.join(ROOT, `workflows/configs/${name}.release-kit.yml`), 'utf8')))).toEqual([]);
    }
  });
});

describe('smoke-test with config + target: the target\'s checks on the leg\'s own release files', () => {
  test('install globs match the renamed files; {version} and the artifacts folder reach the command', () => {
    const workspace = tempDir('smoke-target-');
    writeFileSync(
      path.join(workspace, 'release-kit.yml'),
      config(target('win', '    artifacts: [dist/*.exe, dist/*.exe.blockmap, dist/*.msi]\n    smoke:\n      - install: "*.exe"\n        install-dir: out\n        uninstall: true\n        run: app --version\n        expect-output: "app {version}"\n        timeout: 2m\n      - install: "*.msi"\n        run: app\n        stay-alive: 10s\n').replace('os: linux', 'os: windows')),
    );
    const dir = path.join(workspace, '.release-kit/artifacts/win');
    mkdirSync(dir, { recursive: true });
    for (const name of ['app-1.2.0-windows-x64.exe', 'app-1.2.0-windows-x64.exe.blockmap', 'app-1.2.0-windows-x64.msi']) writeFileSync(path.join(dir, name), '');
    return getSmokeRuns(inputSource({ target: 'win', version: '1.2.0' }), workspace, (i) => `/tmp/run-${i}`).then((runs) => {
      expect(runs.map((r) => [path.basename(r.install!.file), r.install!.type])).toEqual([['app-1.2.0-windows-x64.exe', 'nsis'], ['app-1.2.0-windows-x64.msi', 'msi']]);
      expect(runs[0]!.timeouts['expect-output']).toBe(120_000);
      expect(runs[0]!.expectOutput!.pattern.test('app 1.2.0')).toBe(true);
      expect(runs[1]!.stayAliveSeconds).toBe(10);
      expect(runs[0]!.env).toMatchObject({ RELEASE_KIT_ARTIFACTS: dir, RELEASE_KIT_VERSION: '1.2.0' });
      expect(runs[0]!.workingDirectory).toBe(path.join(workspace, '.release-kit/smoke/win/0'));
    });
  });

  test('an input beside target, or an installer glob that matches nothing, is one clear error', async () => {
    const workspace = tempDir('smoke-target-');
    writeFileSync(path.join(workspace, 'release-kit.yml'), config(target('lin', '    artifacts: [dist/*.deb]\n    smoke:\n      install: "*.deb"\n      run: app\n      stay-alive: 5\n')));
    await expect(getSmokeRuns(inputSource({ target: 'lin', version: '1.0.0', timeout: '5' }), workspace, () => '/tmp/x')).rejects.toThrow(
      'Input "timeout" has the value "5", but with target, the smoke settings come from the target\'s smoke: block in release-kit.yml; set it there.',
    );
    await expect(getSmokeRuns(inputSource({ target: 'lin', version: '1.0.0' }), workspace, () => '/tmp/x')).rejects.toThrow(
      'release-kit.yml: target lin, smoke.install has the value "*.deb", but it must match one of the leg\'s release files (none).',
    );
  });
});
