// Types of scripts/build-inputs.mjs for the tests.
export declare const MANIFEST: string;
export declare const BUILD_FILES: string[];
export interface Manifest {
  about: string;
  sources: Record<string, string | null>;
  packages: { files: string[]; sha256: string };
  outputs: Record<string, string>;
}
export declare function bundledFiles(stats: { modules?: unknown[] }, root: string): string[];
export declare function manifestFor(root: string, bundled: string[], extra: string[], bundleDir: string, cache?: Map<string, string | null>): Manifest;
export declare function staleness(root: string, distDir: string, name: string, cache?: Map<string, string | null>): string[];
