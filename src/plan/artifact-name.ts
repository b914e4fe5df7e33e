/** Extensions of more than one part that name one kind of file. */
const COMPOUND = ['.app.tar.gz', '.AppImage.tar.gz', '.nsis.zip', '.msi.zip', '.tar.gz', '.tar.xz', '.tar.zst', '.tar.bz2'];

/** Detached signatures and block maps: each belongs to the file it is named after, and follows that file's release name. */
export const COMPANION_SUFFIXES = ['.sig', '.asc', '.minisig', '.blockmap'] as const;

const baseOf = (file: string): string => file.split(/[\\/]/).pop() ?? file;

/** The extension of a file as a release engineer means it: `app.tar.gz` → `tar.gz`, `setup.exe` → `exe`, `x.exe.blockmap` → `exe.blockmap`. */
export function extensionOf(file: string): string {
  const companion = companionOf(file);
  if (companion) {
    const inner = extensionOf(companion.bundle);
    return inner ? `${inner}${companion.suffix}` : companion.suffix.slice(1);
  }
  const base = baseOf(file);
  const lower = base.toLowerCase();
  const compound = COMPOUND.find((ext) => lower.endsWith(ext.toLowerCase()) && lower.length > ext.length);
  if (compound) return base.slice(base.length - compound.length + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1) : '';
}

/** `X.AppImage.sig` → the bundle `X.AppImage` and the suffix `.sig`; undefined for a file that is no companion. */
export function companionOf(file: string): { bundle: string; suffix: (typeof COMPANION_SUFFIXES)[number] } | undefined {
  const base = baseOf(file);
  const suffix = COMPANION_SUFFIXES.find((s) => base.toLowerCase().endsWith(s) && base.length > s.length);
  return suffix ? { bundle: base.slice(0, base.length - suffix.length), suffix } : undefined;
}

/**
 * Why a file must keep the name its build gave it, or undefined: these names are part of the format,
 * and the tools that read them refuse a renamed file.
 */
export function keptNameReason(file: string, target: { shipsWheel: boolean }): string | undefined {
  const base = baseOf(file);
  const lower = base.toLowerCase();
  if (lower.endsWith('.whl')) return 'a wheel keeps its name: pip reads the package, version and platform tags from it (PEP 427)';
  if (lower.endsWith('.nupkg')) return 'a .nupkg keeps its name: Squirrel.Windows finds its packages by name in RELEASES';
  if (base === 'RELEASES') return 'RELEASES keeps its name: Squirrel.Windows downloads it by that name';
  if (target.shipsWheel && lower.endsWith('.tar.gz')) return 'an sdist keeps its name: pip reads the package and version from {name}-{version}.tar.gz (PEP 625)';
  return undefined;
}

export interface NameParts {
  name: string;
  version: string;
  os: string;
  arch: string;
  target: string;
}

export interface NameRule {
  /** The template, e.g. `{name}-{version}-{os}-{arch}.{ext}`. */
  template: string;
  parts: NameParts;
  /** The target ships a wheel: its `.tar.gz` files are sdists (they keep their names). */
  shipsWheel: boolean;
}

/** Fills `{name}-{version}-{os}-{arch}.{ext}`; unknown placeholders are left for the config check to refuse. */
export function artifactName(template: string, parts: NameParts, file: string): string {
  const ext = extensionOf(file);
  const base = baseOf(file);
  const values: Record<string, string> = { ...parts, ext, basename: ext ? base.slice(0, base.length - ext.length - 1) : base };
  const name = template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
  return ext ? name : name.replace(/\.$/, '');
}

/**
 * The release name of one built file: a companion (`.sig`, `.blockmap`, `.asc`, `.minisig`) is named
 * after its bundle's release name, a file whose name is part of its format keeps it, any other file
 * is named by the template. `kept` says why a name was kept.
 */
export function releaseName(file: string, rule: NameRule): { name: string; kept?: string } {
  const companion = companionOf(file);
  if (companion) {
    const bundle = releaseName(companion.bundle, rule);
    return { ...bundle, name: `${bundle.name}${companion.suffix}` };
  }
  const kept = keptNameReason(file, rule);
  if (kept) return { name: baseOf(file), kept };
  return { name: artifactName(rule.template, rule.parts, file) };
}

export const NAME_PLACEHOLDERS = ['name', 'version', 'os', 'arch', 'target', 'ext', 'basename'] as const;
