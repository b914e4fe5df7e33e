/** Extensions of more than one part that name one kind of file. */
const COMPOUND = ['.app.tar.gz', '.AppImage.tar.gz', '.nsis.zip', '.msi.zip', '.tar.gz', '.tar.xz', '.tar.zst', '.tar.bz2', '.exe.blockmap', '.dmg.blockmap'];

/** The extension of a file as a release engineer means it: `app.tar.gz` → `tar.gz`, `setup.exe` → `exe`. */
export function extensionOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const lower = base.toLowerCase();
  const compound = COMPOUND.find((ext) => lower.endsWith(ext.toLowerCase()));
  if (compound) return base.slice(base.length - compound.length + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1) : '';
}

export interface NameParts {
  name: string;
  version: string;
  os: string;
  arch: string;
  target: string;
}

/** Fills `{name}-{version}-{os}-{arch}.{ext}`; unknown placeholders are left for the config check to refuse. */
export function artifactName(template: string, parts: NameParts, file: string): string {
  const ext = extensionOf(file);
  const base = file.split(/[\\/]/).pop() ?? file;
  const values: Record<string, string> = { ...parts, ext, basename: ext ? base.slice(0, base.length - ext.length - 1) : base };
  const name = template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
  return ext ? name : name.replace(/\.$/, '');
}

export const NAME_PLACEHOLDERS = ['name', 'version', 'os', 'arch', 'target', 'ext', 'basename'] as const;
