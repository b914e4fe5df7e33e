export const id = 953;
export const ids = [953];
export const modules = {

/***/ 1883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ kindOf)
/* harmony export */ });
/* unused harmony export elfEnd */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _macho_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2245);



const OLE = Buffer.from('d0cf11e0a1b11ae1', 'hex');
/** NSIS's first header: flags, then this signature (7-Zip finds the installer data the same way). */
const NSIS_SIGNATURE = Buffer.concat([Buffer.from('efbeadde', 'hex'), Buffer.from('NullsoftInst')]);
const WINDOWS_PACKAGE = new Set(['.msi', '.msm', '.msp']);
const APPX = new Set(['.msix', '.appx', '.msixbundle', '.appxbundle']);
function startsWith(head, bytes, at = 0) {
    const wanted = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes;
    return head.length >= at + wanted.length && head.subarray(at, at + wanted.length).equals(wanted);
}
/** Where the squashfs image of an AppImage starts: right after the ELF runtime's section header table. */
function elfEnd(head) {
    if (!startsWith(head, '\x7fELF') || head.length < 64)
        return undefined;
    const wide = head[4] === 2;
    const little = head[5] === 1;
    const u16 = (at) => (little ? head.readUInt16LE(at) : head.readUInt16BE(at));
    if (wide) {
        const shoff = Number(little ? head.readBigUInt64LE(0x28) : head.readBigUInt64BE(0x28));
        return shoff + u16(0x3a) * u16(0x3c);
    }
    const shoff = little ? head.readUInt32LE(0x20) : head.readUInt32BE(0x20);
    return shoff + u16(0x2e) * u16(0x30);
}
/** Whether an NSIS installer's data follows the PE (searched at 512-byte steps, as NSIS aligns it). */
function hasNsisData(fd, size) {
    const chunk = Buffer.alloc(1 << 20);
    for (let start = 0; start < size; start += chunk.length - 512) {
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk, 0, chunk.length, start);
        for (let at = 0; at + 4 + NSIS_SIGNATURE.length <= read; at += 512) {
            if (chunk.subarray(at + 4, at + 4 + NSIS_SIGNATURE.length).equals(NSIS_SIGNATURE))
                return true;
        }
        if (read < chunk.length)
            break;
    }
    return false;
}
function isPe(head) {
    if (!startsWith(head, 'MZ') || head.length < 0x40)
        return false;
    const at = head.readUInt32LE(0x3c);
    return at + 4 <= head.length && startsWith(head, 'PE\0\0', at);
}
/** The kind of `file`, from its first bytes (and its name where bytes are shared: MSI is an OLE file, MSIX a ZIP). */
function kindOf(file) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
    try {
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
        const head = Buffer.alloc(Math.min(size, 4096));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, head.length, 0);
        const ext = node_path__WEBPACK_IMPORTED_MODULE_1___default().extname(file).toLowerCase();
        if (isPe(head))
            return { kind: 'pe', nsis: hasNsisData(fd, size) };
        if (startsWith(head, OLE))
            return WINDOWS_PACKAGE.has(ext) ? { kind: 'msi' } : { kind: 'other' };
        if ((0,_macho_js__WEBPACK_IMPORTED_MODULE_2__/* .machOKind */ .vI)(head))
            return { kind: 'macho' };
        if (startsWith(head, 'PK\x03\x04') || startsWith(head, 'PK\x05\x06'))
            return APPX.has(ext) ? { kind: 'appx' } : { kind: 'archive', format: 'zip' };
        if (startsWith(head, '!<arch>\ndebian-binary'))
            return { kind: 'archive', format: 'deb' };
        if (startsWith(head, Buffer.from('edabeedb', 'hex')))
            return { kind: 'archive', format: 'rpm' };
        if (startsWith(head, 'hsqs'))
            return { kind: 'archive', format: 'squashfs' };
        if (startsWith(head, '7z\xbc\xaf\x27\x1c'))
            return { kind: 'archive', format: '7z' };
        if (startsWith(head, '070701') || startsWith(head, '070702') || startsWith(head, '070707'))
            return { kind: 'archive', format: 'cpio' };
        if (startsWith(head, 'ustar', 257))
            return { kind: 'archive', format: 'tar' };
        if (startsWith(head, '\x1f\x8b') || startsWith(head, '\xfd7zXZ\0') || startsWith(head, 'BZh') || startsWith(head, Buffer.from('28b52ffd', 'hex'))) {
            return { kind: 'archive', format: 'compressed' };
        }
        if (startsWith(head, 'H+', 1024) || startsWith(head, 'HX', 1024) || startsWith(head, 'NXSB', 32))
            return { kind: 'archive', format: 'disk-image' };
        if (ext === '.dmg')
            return { kind: 'archive', format: 'dmg' };
        const end = elfEnd(head);
        if (end !== undefined && end + 4 <= size) {
            const magic = Buffer.alloc(4);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, magic, 0, 4, end);
            if (magic.equals(Buffer.from('hsqs')))
                return { kind: 'archive', format: 'appimage', offset: end };
        }
        return { kind: 'other' };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 2245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sG: () => (/* binding */ fileBytes),
/* harmony export */   ul: () => (/* binding */ machOSignatures),
/* harmony export */   vI: () => (/* binding */ machOKind)
/* harmony export */ });
/* unused harmony export bufferBytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

const MH_MAGIC = 0xfeedface;
const MH_CIGAM = 0xcefaedfe;
const MH_MAGIC_64 = 0xfeedfacf;
const MH_CIGAM_64 = 0xcffaedfe;
const FAT_MAGIC = 0xcafebabe;
const FAT_MAGIC_64 = 0xcafebabf;
const LC_CODE_SIGNATURE = 0x1d;
const CSMAGIC_EMBEDDED_SIGNATURE = 0xfade0cc0;
const CSMAGIC_CODEDIRECTORY = 0xfade0c02;
const CSMAGIC_BLOBWRAPPER = 0xfade0b01;
const CSSLOT_CODEDIRECTORY = 0;
const CSSLOT_SIGNATURESLOT = 0x10000;
const CS_ADHOC = 0x2;
/** Java class files share the fat magic; a universal binary has a handful of slices, a class file's version is ≥ 45. */
const MAX_FAT_ARCHS = 30;
const CPUS = { 7: 'i386', 0x01000007: 'x86_64', 12: 'arm', 0x0100000c: 'arm64', 0x0200000c: 'arm64_32', 18: 'ppc', 0x01000012: 'ppc64' };
function cpuName(type) {
    return CPUS[type] ?? `cpu 0x${type.toString(16)}`;
}
function bufferBytes(buffer) {
    return { size: buffer.length, read: (offset, length) => buffer.subarray(offset, offset + length) };
}
/** A file read with positioned reads on an open descriptor. */
function fileBytes(fd, size) {
    return {
        size,
        read(offset, length) {
            const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
            if (buffer.length)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, buffer.length, offset);
            return buffer;
        },
    };
}
/** The kind of Mach-O file the first bytes announce, or undefined when they are not Mach-O. */
function machOKind(head) {
    if (head.length < 8)
        return undefined;
    const magic = head.readUInt32BE(0);
    if ([MH_MAGIC, MH_CIGAM, MH_MAGIC_64, MH_CIGAM_64].includes(magic))
        return 'thin';
    if (magic === FAT_MAGIC || magic === FAT_MAGIC_64) {
        const count = head.readUInt32BE(4);
        return count > 0 && count < MAX_FAT_ARCHS ? 'fat' : undefined;
    }
    return undefined;
}
/** The signature of one thin Mach-O image that starts at `base` and is `size` bytes long. */
function thinSignature(bytes, base, size) {
    const head = bytes.read(base, 32);
    const magic = head.readUInt32BE(0);
    const little = magic === MH_CIGAM || magic === MH_CIGAM_64;
    const is64 = magic === MH_MAGIC_64 || magic === MH_CIGAM_64;
    const cpu = cpuName(little ? head.readUInt32LE(4) : head.readUInt32BE(4));
    const ncmds = little ? head.readUInt32LE(16) : head.readUInt32BE(16);
    const sizeofcmds = little ? head.readUInt32LE(20) : head.readUInt32BE(20);
    const headerSize = is64 ? 32 : 28;
    if (headerSize + sizeofcmds > size || base + headerSize + sizeofcmds > bytes.size)
        return { cpu, signature: 'broken', detail: 'its load commands run past the end of the file' };
    // The header and load commands, read once; offsets below are relative to the image's start.
    const commands = bytes.read(base, headerSize + sizeofcmds);
    const u32 = (at) => (little ? commands.readUInt32LE(at) : commands.readUInt32BE(at));
    const end = headerSize + sizeofcmds;
    let at = headerSize;
    for (let i = 0; i < ncmds; i++) {
        if (at + 8 > end)
            return { cpu, signature: 'broken', detail: 'a load command runs past the header' };
        const cmd = u32(at);
        const cmdsize = u32(at + 4);
        if (cmdsize < 8)
            return { cpu, signature: 'broken', detail: `load command ${i} has size ${cmdsize}` };
        if (cmd === LC_CODE_SIGNATURE)
            return { cpu, ...superBlob(bytes, base, u32(at + 8), u32(at + 12), size) };
        at += cmdsize;
    }
    return { cpu, signature: 'unsigned', detail: 'no LC_CODE_SIGNATURE load command' };
}
/** Reads the embedded signature (big-endian blobs): ad hoc or with a CMS signature from a certificate. */
function superBlob(bytes, base, dataoff, length, size) {
    if (length < 12 || dataoff + length > size || base + dataoff + length > bytes.size) {
        return { signature: 'broken', detail: 'LC_CODE_SIGNATURE points outside the file' };
    }
    // The whole signature is small (a few KiB per MiB of code): read it once.
    const blobs = bytes.read(base + dataoff, length);
    if (blobs.readUInt32BE(0) !== CSMAGIC_EMBEDDED_SIGNATURE)
        return { signature: 'broken', detail: 'LC_CODE_SIGNATURE does not point at an embedded signature' };
    const count = blobs.readUInt32BE(8);
    let adhoc = false;
    let directory = false;
    let cms = false;
    for (let i = 0; i < count; i++) {
        const entry = 12 + i * 8;
        if (entry + 8 > length)
            return { signature: 'broken', detail: 'the signature index runs past the signature' };
        const type = blobs.readUInt32BE(entry);
        const blob = blobs.readUInt32BE(entry + 4);
        if (blob + 8 > length)
            return { signature: 'broken', detail: 'a signature blob lies outside the signature' };
        const magic = blobs.readUInt32BE(blob);
        const blobSize = blobs.readUInt32BE(blob + 4);
        if (type === CSSLOT_CODEDIRECTORY && magic === CSMAGIC_CODEDIRECTORY && blob + 16 <= length) {
            directory = true;
            adhoc = (blobs.readUInt32BE(blob + 12) & CS_ADHOC) !== 0;
        }
        // An ad hoc signature may still carry an empty wrapper: only a non-empty CMS blob is a signature.
        if (type === CSSLOT_SIGNATURESLOT && magic === CSMAGIC_BLOBWRAPPER && blobSize > 8)
            cms = true;
    }
    if (!directory)
        return { signature: 'broken', detail: 'the embedded signature has no CodeDirectory' };
    if (adhoc || !cms)
        return { signature: 'adhoc', detail: 'ad hoc signature only (no Developer ID certificate)' };
    return { signature: 'signed' };
}
/** Every architecture of a Mach-O file and its signature; undefined when the bytes are not Mach-O. */
function machOSignatures(bytes) {
    const kind = machOKind(bytes.read(0, 8));
    if (!kind)
        return undefined;
    if (kind === 'thin')
        return [thinSignature(bytes, 0, bytes.size)];
    const head = bytes.read(0, 8);
    const wide = head.readUInt32BE(0) === FAT_MAGIC_64;
    const count = head.readUInt32BE(4);
    const header = bytes.read(0, 8 + count * (wide ? 32 : 20));
    const slices = [];
    for (let i = 0; i < count; i++) {
        const entry = 8 + i * (wide ? 32 : 20);
        if (entry + (wide ? 32 : 20) > header.length)
            return [...slices, { cpu: `slice ${i}`, signature: 'broken', detail: 'the fat header runs past the end of the file' }];
        const cpu = cpuName(header.readUInt32BE(entry));
        const offset = wide ? Number(header.readBigUInt64BE(entry + 8)) : header.readUInt32BE(entry + 8);
        const size = wide ? Number(header.readBigUInt64BE(entry + 16)) : header.readUInt32BE(entry + 12);
        if (offset + size > bytes.size || size < 28 || machOKind(bytes.read(offset, 8)) !== 'thin') {
            slices.push({ cpu, signature: 'broken', detail: 'the slice is not a Mach-O image inside the file' });
        }
        else {
            slices.push(thinSignature(bytes, offset, size));
        }
    }
    return slices;
}


/***/ }),

/***/ 9464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Runs `work` over `items` with at most `limit` at once; results in the order of `items`. */
async function mapLimit(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
        for (let i = next++; i < items.length; i = next++)
            results[i] = await work(items[i]);
    }));
    return results;
}


/***/ }),

/***/ 6744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ parseCertificateText),
/* harmony export */   GI: () => (/* binding */ decodeBase64Secret),
/* harmony export */   Qc: () => (/* binding */ parsePemCertificates),
/* harmony export */   et: () => (/* binding */ subjectOf),
/* harmony export */   ie: () => (/* binding */ checkCodeSigningCertificate),
/* harmony export */   rK: () => (/* binding */ thumbprintOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kit_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3713);


/** Extended key usage OIDs that allow code signing. */
const CODE_SIGNING = '1.3.6.1.5.5.7.3.3';
const ANY_PURPOSE = '2.5.29.37.0';
/**
 * Decodes a base64 secret strictly (whitespace and line breaks allowed, nothing else): a truncated or
 * mangled secret is an error here, not a confusing one from a tool later. The value is never shown.
 */
function decodeBase64Secret(text, inputName) {
    const compact = text.replace(/\s+/g, '');
    if (compact === '' || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) {
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${inputName} is not valid base64 (${compact.length} characters after removing whitespace; base64 uses A–Z, a–z, 0–9, +, / and ends in at most two "=" with a length divisible by 4). ` +
            'Encode the file with `base64 -w0 cert.pfx` (or `[Convert]::ToBase64String([IO.File]::ReadAllBytes("cert.pfx"))`) and store the result as the secret.');
    }
    return Buffer.from(compact, 'base64');
}
/** `CN=Octo, O=Octo Org`: the subject on one line, in the order the certificate holds it. */
function subjectOf(certificate) {
    return certificate.subject.split('\n').filter(Boolean).join(', ');
}
/** The SHA-1 thumbprint as Windows shows it: 40 upper-case hex digits. */
function thumbprintOf(certificate) {
    return certificate.fingerprint.replace(/:/g, '').toUpperCase();
}
/** Refuses a certificate Windows would not accept for code signing now: expired, not yet valid, wrong purpose. */
function checkCodeSigningCertificate(certificate, inputName, now = new Date()) {
    const who = `The certificate in ${inputName} (${subjectOf(certificate)}, thumbprint ${thumbprintOf(certificate)})`;
    const from = new Date(certificate.validFrom);
    const to = new Date(certificate.validTo);
    if (to.getTime() <= now.getTime())
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${who} expired on ${to.toISOString()}; renew it — signatures made with an expired certificate are rejected.`);
    if (from.getTime() > now.getTime())
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${who} is not valid before ${from.toISOString()}; check the runner's clock or the certificate.`);
    const usages = certificate.keyUsage;
    if (usages && usages.length > 0 && !usages.includes(CODE_SIGNING) && !usages.includes(ANY_PURPOSE)) {
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${who} is not a code-signing certificate: its extended key usage is ${usages.join(', ')}, without code signing (${CODE_SIGNING}). Use the certificate your CA issued for code signing.`);
    }
    if (certificate.ca)
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${who} is a CA certificate, not a code-signing certificate; the .pfx must hold the code-signing certificate and its key.`);
}
/** Every certificate in a PEM bundle (what `openssl pkcs12 -nokeys` and `openssl pkcs7 -print_certs` print). */
function parsePemCertificates(pem) {
    const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
    return blocks.map((block) => new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(block));
}
/** A certificate given as PEM text or as base64 DER. */
function parseCertificateText(text, inputName) {
    if (text.includes('-----BEGIN CERTIFICATE-----')) {
        const [first] = parsePemCertificates(text);
        if (first)
            return first;
    }
    try {
        return new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(decodeBase64Secret(text, inputName));
    }
    catch (error) {
        if (error instanceof _kit_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo)
            throw error;
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${inputName} does not hold an X.509 certificate (PEM, or base64 of a DER certificate).`);
    }
}


/***/ }),

/***/ 9390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EE: () => (/* binding */ OsslsigncodeVerifier),
/* harmony export */   O9: () => (/* binding */ caBundleText),
/* harmony export */   S4: () => (/* binding */ SigntoolVerifier)
/* harmony export */ });
/* unused harmony export parseSigntoolVerify */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3713);
/* harmony import */ var _kit_exec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9495);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6744);






function tail(text, lines = 12) {
    return text.trim().split(/\r?\n/).slice(-lines).join('\n');
}
/** `osslsigncode verify`, on Linux and macOS runners. `caBundle` also verifies the timestamp's chain. */
class OsslsigncodeVerifier {
    tool = 'osslsigncode';
    run;
    caBundle;
    workDir;
    constructor(options) {
        this.run = options.run ?? _kit_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .runTool */ .q;
        this.caBundle = options.caBundle;
        this.workDir = options.workDir;
    }
    async check(file) {
        const ca = this.caBundle ? ['-CAfile', this.caBundle, '-TSA-CAfile', this.caBundle] : [];
        const { exitCode, stdout, stderr } = await this.run('osslsigncode', ['verify', ...ca, '-in', file], { allowFailure: true, timeoutMs: 120_000 });
        const output = `${stdout}\n${stderr}`;
        const count = Number(/Number of verified signatures: (\d+)/.exec(output)?.[1] ?? '0');
        if (exitCode !== 0 || count === 0)
            return { ok: false, output };
        const signer = /Signer's certificate:[\s\S]*?Signer #0:\s*\n\s*Subject:\s*(.+)\n\s*Issuer\s*:\s*(.+)\n\s*Serial\s*:\s*([0-9A-Fa-f]+)/.exec(output);
        const result = { signatures: count, timestamped: /Timestamp Server Signature verification: ok/.test(output) || /Countersignatures:[\s\S]*?Timestamp time:/.test(output) };
        if (signer) {
            const certificate = await this.signerCertificate(file, signer[3].toUpperCase());
            if (certificate) {
                result.subject = (0,_certificate_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectOf */ .et)(certificate);
                result.thumbprint = (0,_certificate_js__WEBPACK_IMPORTED_MODULE_5__/* .thumbprintOf */ .rK)(certificate);
            }
            else {
                result.subject = signer[1].trim().replace(/^\//, '').split('/').join(', ');
            }
        }
        return { ok: true, output, result };
    }
    /** The signer's certificate, out of the signature's own certificate list, matched by serial number. */
    async signerCertificate(file, serial) {
        const out = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.workDir(), `signature-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomUUID)()}.pem`);
        try {
            await this.run('osslsigncode', ['extract-signature', '-pem', '-in', file, '-out', out], { timeoutMs: 60_000 });
            const { stdout } = await this.run('openssl', ['pkcs7', '-in', out, '-print_certs'], { timeoutMs: 30_000 });
            return (0,_certificate_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePemCertificates */ .Qc)(stdout).find((certificate) => certificate.serialNumber.toUpperCase().replace(/^0+/, '') === serial.replace(/^0+/, ''));
        }
        catch {
            return undefined;
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(out, { force: true });
        }
    }
    async verify(file) {
        const { ok, output, result } = await this.check(file);
        if (!ok || !result) {
            const hint = this.caBundle ? '' : ' If the certificate chains to a private CA, give its certificate in ca-file.';
            throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`The signature on ${file} did not verify (osslsigncode verify):\n${tail(output)}\nThe original file was left unchanged.${hint}`);
        }
        return result;
    }
    async signerOf(file) {
        return (await this.check(file)).result;
    }
}
/** Parses `signtool verify /pa /v`: the leaf of the signing chain, and whether a timestamp is there. */
function parseSigntoolVerify(output) {
    const chain = /Signing Certificate Chain:([\s\S]*?)(?:The signature is timestamped|File is not timestamped|Timestamp Verified by|Successfully verified|$)/.exec(output)?.[1] ?? '';
    const subjects = [...chain.matchAll(/Issued to:\s*(.+)/g)].map((m) => m[1].trim());
    const hashes = [...chain.matchAll(/SHA1 hash:\s*([0-9A-Fa-f]{40})/g)].map((m) => m[1].toUpperCase());
    const count = /Number of signatures successfully Verified:\s*(\d+)/i.exec(output)?.[1];
    return {
        ...(subjects.length ? { subject: subjects.at(-1) } : {}),
        ...(hashes.length ? { thumbprint: hashes.at(-1) } : {}),
        signatures: count ? Number(count) : (output.match(/Signature Index: \d+/g) ?? ['']).length,
        timestamped: /The signature is timestamped/.test(output),
    };
}
/** `signtool verify /pa /all /v`, on Windows runners. */
class SigntoolVerifier {
    tool = 'signtool';
    run;
    signtool;
    constructor(options) {
        this.run = options.run ?? _kit_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .runTool */ .q;
        this.signtool = options.signtool;
    }
    async verify(file) {
        const { exitCode, stdout, stderr } = await this.run(this.signtool(), ['verify', '/pa', '/all', '/v', file], { allowFailure: true, timeoutMs: 120_000 });
        if (exitCode !== 0)
            throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`The signature on ${file} did not verify (signtool verify /pa):\n${tail(`${stdout}\n${stderr}`)}\nThe original file was left unchanged.`);
        return parseSigntoolVerify(stdout);
    }
    async signerOf(file) {
        const { exitCode, stdout } = await this.run(this.signtool(), ['verify', '/pa', '/all', '/v', file], { allowFailure: true, timeoutMs: 120_000 });
        return exitCode === 0 ? parseSigntoolVerify(stdout) : undefined;
    }
}
/** A CA bundle for osslsigncode: the user's CA file followed by the system's roots (for public timestamp servers). */
async function caBundleText(caFile) {
    const own = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(caFile, 'utf8').catch(() => {
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Input "ca-file" names ${caFile}, which cannot be read; give a PEM file of the CA certificates to trust.`);
    });
    if ((0,_certificate_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePemCertificates */ .Qc)(own).length === 0)
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Input "ca-file" names ${caFile}, which holds no PEM certificate.`);
    const system = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)('/etc/ssl/certs/ca-certificates.crt', 'utf8').catch(() => '');
    return `${own.trimEnd()}\n${system}`;
}


/***/ })

};
