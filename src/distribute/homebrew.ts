/**
 * Homebrew: a formula for the CLI archives (one url/sha256 per os and arch, `bin.install`, shell
 * completions) and, when asked, a cask for the macOS app (dmg or zip).
 */
import { pickPerArch, type Arch, type ClassifiedAsset } from './assets.js';
import { descriptionOf, homepageOf, missingAssets, type ManifestContext, type ManifestFile } from './context.js';
import type { HomebrewSettings } from './settings.js';

/** A Ruby double-quoted string literal. */
export function rubyString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/#\{/g, '\\#{').replace(/\n/g, '\\n')}"`;
}

/** Homebrew's class name for a formula file name: octo-cli → OctoCli, foo@2 → FooAT2. */
export function formulaClassName(name: string): string {
  return name
    .replace(/@/g, 'AT')
    .replace(/\+/g, 'x')
    .split(/[-_.\s]/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

function urlBlock(asset: ClassifiedAsset, indent: string): string {
  return `${indent}url ${rubyString(asset.url)}\n${indent}sha256 ${rubyString(asset.sha256)}\n`;
}

/** on_arm / on_intel blocks for one os (one plain url when the asset is universal). */
function archBlocks(picked: Map<Arch, ClassifiedAsset>, indent: string): string {
  const universal = picked.get('universal');
  const arm = picked.get('arm64') ?? universal;
  const intel = picked.get('x64') ?? universal;
  if (arm && arm === intel) return urlBlock(arm, indent);
  let text = '';
  if (arm) text += `${indent}on_arm do\n${urlBlock(arm, `${indent}  `)}${indent}end\n`;
  if (intel) text += `${indent}on_intel do\n${urlBlock(intel, `${indent}  `)}${indent}end\n`;
  return text;
}

export function homebrewFormula(context: ManifestContext, settings: HomebrewSettings): ManifestFile | undefined {
  const name = settings.formula ?? context.product.toLowerCase();
  const kinds = ['tar.gz', 'tar.xz', 'zip'] as const;
  const mac = pickPerArch(context.release.assets, 'macos', kinds, settings.assets, context.product);
  const linux = pickPerArch(context.release.assets, 'linux', kinds, settings.assets, context.product);
  if (mac.size === 0 && linux.size === 0) return undefined;
  const bins = settings.bin ?? [name];
  const lines: string[] = [];
  lines.push(`# Written by release-kit from the release ${context.release.tag} (${context.release.htmlUrl}).`);
  lines.push(`class ${formulaClassName(name)} < Formula`);
  lines.push(`  desc ${rubyString(descriptionOf(context, settings.description))}`);
  lines.push(`  homepage ${rubyString(homepageOf(context, settings.homepage))}`);
  lines.push(`  version ${rubyString(context.release.version)}`);
  const license = settings.license ?? context.license;
  if (license) lines.push(`  license ${rubyString(license)}`);
  lines.push('');
  let body = lines.join('\n') + '\n';
  if (mac.size) body += `  on_macos do\n${archBlocks(mac, '    ')}  end\n`;
  if (linux.size) body += `  on_linux do\n${archBlocks(linux, '    ')}  end\n`;
  body += '\n  def install\n';
  for (const bin of bins) body += `    bin.install ${rubyString(bin)}\n`;
  const completions = settings.completions ?? {};
  const command = bins[0]!.split('/').pop()!;
  if (completions.bash) body += `    bash_completion.install ${rubyString(completions.bash)} => ${rubyString(command)}\n`;
  if (completions.zsh) body += `    zsh_completion.install ${rubyString(completions.zsh)} => ${rubyString(`_${command}`)}\n`;
  if (completions.fish) body += `    fish_completion.install ${rubyString(completions.fish)} => ${rubyString(`${command}.fish`)}\n`;
  body += '  end\n\n';
  body += `  test do\n    assert_match version.to_s, shell_output("#{bin}/${command.replace(/["\\#]/g, '')} --version")\n  end\nend\n`;
  return { path: `Formula/${name}.rb`, content: body };
}

export function homebrewCask(context: ManifestContext, settings: HomebrewSettings): ManifestFile | undefined {
  const cask = settings.cask;
  if (!cask) return undefined;
  const token = cask.name ?? context.product.toLowerCase();
  const picked = pickPerArch(context.release.assets, 'macos', ['dmg', 'zip'], cask.assets, context.product);
  if (picked.size === 0) throw missingAssets('Homebrew', 'macOS dmg or zip for the cask', context.release);
  let body = `# Written by release-kit from the release ${context.release.tag} (${context.release.htmlUrl}).\n`;
  body += `cask ${rubyString(token)} do\n`;
  body += `  version ${rubyString(context.release.version)}\n`;
  body += archBlocks(picked, '  ');
  body += '\n';
  body += `  name ${rubyString(context.product)}\n`;
  body += `  desc ${rubyString(descriptionOf(context, settings.description))}\n`;
  body += `  homepage ${rubyString(homepageOf(context, settings.homepage))}\n\n`;
  body += `  app ${rubyString(cask.app)}\nend\n`;
  return { path: `Casks/${token}.rb`, content: body };
}

export function homebrewFiles(context: ManifestContext, settings: HomebrewSettings): ManifestFile[] {
  const files = [homebrewFormula(context, settings), homebrewCask(context, settings)].filter((f): f is ManifestFile => f !== undefined);
  if (files.length === 0) throw missingAssets('Homebrew', 'macOS or Linux CLI archive (tar.gz, tar.xz or zip)', context.release);
  return files;
}
