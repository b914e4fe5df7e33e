/**
 * The name GitHub stores for an uploaded release asset: it turns special and non-alphanumeric
 * characters (spaces, `~`, `:`, parentheses, non-ASCII…) into `.`, keeping letters, digits, `.`, `_`,
 * `-` and `+`. Checksums and manifests that name assets must use this name, or downloads fail.
 */
export function storedAssetName(name: string): string {
  return name.replace(/[^A-Za-z0-9._+-]/g, '.');
}
