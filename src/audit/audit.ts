/**
 * The inner-signature audit: opens every artifact a leg built (installers, archives, disk images,
 * packages), and the archives inside them, and checks that each Windows program or package inside
 * carries a valid Authenticode signature and each Mach-O binary a code signature. It proves what users
 * run is signed, not just the outer file.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, fstatSync, openSync } from 'node:fs';
import { lstat, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../kit/errors.js';
import { mapLimit } from '../kit/map-limit.js';
import { verifyAuthenticode, type AuthenticodeVerdict } from './authenticode.js';
import { extract, OPENED_WITH } from './extract.js';
import { kindOf, type ArchiveFormat } from './formats.js';
import { fileBytes, machOSignatures, type MachOSlice } from './macho.js';

export type AuditPlatform = 'windows' | 'macos';
export type AuditStatus = 'signed' | 'unsigned' | 'invalid' | 'adhoc' | 'unopened';

/** One binary (or one container that could not be opened) and what its signature is. */
export interface AuditFinding {
  /** The artifact as given, then each container inside it down to the file: `setup.exe › app-64.7z › Octo.exe`. */
  path: string[];
  /** Which platform's signature the file needs; undefined for a container that could not be opened. */
  platform?: AuditPlatform;
  /** `pe`, `msi`, `msix`, `mach-o`, or the container format. */
  type: string;
  status: AuditStatus;
  subject?: string;
  detail?: string;
  /** Matched an `ignore` pattern: listed, never failing. */
  ignored?: boolean;
}

export interface AuditReport {
  findings: AuditFinding[];
  /** Containers opened, with the tool that opened each. */
  opened: Array<{ path: string[]; tool: string }>;
}

export interface AuditOptions {
  /** Folder for the unpacked contents; removed again before the audit returns. */
  tempRoot: string;
  /** PEM bundle of the roots to trust for Authenticode (the system's, plus a private CA). */
  caBundle?: string;
  /** Containers inside containers opened at most this deep (default 6). */
  maxDepth?: number;
  /** Files checked at once (default 2). */
  concurrency?: number;
  /** Progress, one line per container opened. */
  log?: (message: string) => void;
  /** The Authenticode verifier (osslsigncode by default). */
  verify?: (file: string, caBundle?: string) => Promise<AuthenticodeVerdict>;
}

function machOVerdict(slices: readonly MachOSlice[]): Pick<AuditFinding, 'status' | 'detail'> {
  const worst = (['broken', 'unsigned', 'adhoc'] as const).find((state) => slices.some((slice) => slice.signature === state));
  if (!worst) return { status: 'signed' };
  const detail = slices
    .filter((slice) => slice.signature !== 'signed')
    .map((slice) => `${slice.cpu}: ${slice.detail ?? slice.signature}`)
    .join('; ');
  return { status: worst === 'broken' ? 'invalid' : worst, detail };
}

function machOOf(file: string): MachOSlice[] | undefined {
  const fd = openSync(file, 'r');
  try {
    return machOSignatures(fileBytes(fd, fstatSync(fd).size));
  } finally {
    closeSync(fd);
  }
}

/** Every regular file under `dir` (symbolic links are not followed: a link inside an archive may point anywhere). */
async function regularFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await regularFiles(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out.sort();
}

/** Audits the artifacts; every container is unpacked below `tempRoot` and removed afterwards. */
export async function auditArtifacts(artifacts: readonly string[], options: AuditOptions): Promise<AuditReport> {
  const findings: AuditFinding[] = [];
  const opened: AuditReport['opened'] = [];
  const maxDepth = options.maxDepth ?? 6;
  const concurrency = options.concurrency ?? 2;
  const verify = options.verify ?? verifyAuthenticode;
  const workRoot = path.join(options.tempRoot, `release-kit-audit-${randomUUID()}`);

  async function open(file: string, trail: string[], format: ArchiveFormat | 'nsis' | 'msi', depth: number, offset?: number): Promise<void> {
    if (depth >= maxDepth) {
      findings.push({ path: trail, type: format, status: 'unopened', detail: `nested deeper than ${maxDepth} containers` });
      return;
    }
    const dest = path.join(workRoot, randomUUID());
    try {
      await extract(file, format, dest, offset);
      opened.push({ path: trail, tool: OPENED_WITH[format] });
      options.log?.(`Opened ${trail.join(' › ')} (${OPENED_WITH[format]})`);
      const inner = await regularFiles(dest);
      await mapLimit(inner, concurrency, (child) => visit(child, [...trail, path.relative(dest, child)], depth + 1));
    } catch (error) {
      findings.push({ path: trail, type: format, status: 'unopened', detail: errorMessage(error) });
    } finally {
      await rm(dest, { recursive: true, force: true });
    }
  }

  async function authenticode(file: string, trail: string[], type: string): Promise<void> {
    const verdict = await verify(file, options.caBundle);
    findings.push({ path: trail, platform: 'windows', type, status: verdict.status, ...(verdict.subject ? { subject: verdict.subject } : {}), ...(verdict.detail ? { detail: verdict.detail } : {}) });
  }

  async function visit(file: string, trail: string[], depth: number): Promise<void> {
    const kind = kindOf(file);
    switch (kind.kind) {
      case 'pe':
        await authenticode(file, trail, 'pe');
        // An NSIS installer is a signed PE around the files it installs: both are checked.
        if (kind.nsis) await open(file, trail, 'nsis', depth);
        return;
      case 'msi':
        await authenticode(file, trail, 'msi');
        await open(file, trail, 'msi', depth);
        return;
      case 'appx':
        await authenticode(file, trail, 'msix');
        await open(file, trail, 'zip', depth);
        return;
      case 'macho': {
        const slices = machOOf(file) ?? [];
        findings.push({ path: trail, platform: 'macos', type: 'mach-o', ...machOVerdict(slices) });
        return;
      }
      case 'archive':
        await open(file, trail, kind.format, depth, kind.offset);
        return;
      default:
        return;
    }
  }

  await mkdir(workRoot, { recursive: true });
  try {
    for (const artifact of artifacts) {
      if (!(await lstat(artifact)).isFile()) continue;
      await visit(artifact, [path.basename(artifact)], 0);
    }
  } finally {
    await rm(workRoot, { recursive: true, force: true });
  }
  // Files inside a container are checked in parallel: the report is in path order, the same every run.
  const byPath = (a: { path: string[] }, b: { path: string[] }): number => (a.path.join('\0') < b.path.join('\0') ? -1 : a.path.join('\0') > b.path.join('\0') ? 1 : 0);
  return { findings: findings.sort(byPath), opened: opened.sort(byPath) };
}

/** Marks the findings whose path inside their container (or file name) matches one of the globs. */
export function markIgnored(report: AuditReport, patterns: readonly string[]): AuditReport {
  if (patterns.length === 0) return report;
  const matches = (finding: AuditFinding): boolean => {
    const inner = finding.path.at(-1)!.split(path.sep).join('/');
    return patterns.some((pattern) => path.posix.matchesGlob(inner, pattern) || path.posix.matchesGlob(path.posix.basename(inner), pattern));
  };
  return { ...report, findings: report.findings.map((finding) => (matches(finding) ? { ...finding, ignored: true } : finding)) };
}

/** Findings that break the requirement: not signed, for a platform that must be signed; any container left closed. */
export function failures(report: AuditReport, required: readonly AuditPlatform[]): AuditFinding[] {
  if (required.length === 0) return [];
  return report.findings.filter(
    (finding) => !finding.ignored && (finding.platform ? required.includes(finding.platform) && finding.status !== 'signed' : finding.status === 'unopened'),
  );
}

/** Platforms the target must have signed of which the artifacts hold no binary at all: nothing proves them signed. */
export function missingPlatforms(report: AuditReport, required: readonly AuditPlatform[]): AuditPlatform[] {
  return required.filter((platform) => !report.findings.some((finding) => finding.platform === platform && !finding.ignored));
}
