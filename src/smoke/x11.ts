import { readFileSync } from 'node:fs';
import { createConnection, type Socket } from 'node:net';
import { homedir, hostname } from 'node:os';
import type { RgbImage } from './png.js';

/**
 * A minimal X11 client that reads the root window's pixels (GetImage), so a screenshot needs no
 * ImageMagick or xwd on the machine. Speaks the core protocol over the display's Unix socket (or TCP),
 * with the MIT-MAGIC-COOKIE-1 from XAUTHORITY when the server asks for one.
 */

export interface DisplayAddress {
  number: number;
  /** Unix socket path, or a TCP host. */
  socket?: string;
  host?: string;
}

export function parseDisplay(display: string): DisplayAddress {
  const match = /^(?:unix)?([^:]*):(\d+)(?:\.\d+)?$/.exec(display.trim());
  if (!match) throw new Error(`DISPLAY ${JSON.stringify(display)} is not host:number[.screen]`);
  const number = Number(match[2]);
  const host = match[1] ?? '';
  return host === '' || host === 'unix' ? { number, socket: `/tmp/.X11-unix/X${number}` } : { number, host };
}

/** The cookie for a display from an Xauthority file (family, address, display number, name, data records). */
export function findCookie(authority: Buffer, displayNumber: number, host = hostname()): { name: string; data: Buffer } | undefined {
  let offset = 0;
  const field = (): Buffer => {
    const length = authority.readUInt16BE(offset);
    const value = authority.subarray(offset + 2, offset + 2 + length);
    offset += 2 + length;
    return value;
  };
  try {
    while (offset < authority.length) {
      const family = authority.readUInt16BE(offset);
      offset += 2;
      const address = field().toString('latin1');
      const number = field().toString('latin1');
      const name = field().toString('latin1');
      const data = field();
      const local = family === 256 && address === host;
      if ((local || family === 65535) && (number === '' || Number(number) === displayNumber) && name === 'MIT-MAGIC-COOKIE-1') return { name, data };
    }
  } catch {
    // truncated file: no cookie
  }
  return undefined;
}

const pad = (n: number): number => (4 - (n % 4)) % 4;

class Reader {
  private buffered = Buffer.alloc(0);
  private waiting: { bytes: number; resolve: (b: Buffer) => void; reject: (e: Error) => void } | undefined;
  private failure: Error | undefined;
  constructor(socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffered = Buffer.concat([this.buffered, chunk]);
      this.pump();
    });
    const fail = (error: Error): void => {
      this.failure = error;
      this.waiting?.reject(error);
      this.waiting = undefined;
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('the X server closed the connection')));
  }
  private pump(): void {
    if (this.waiting && this.buffered.length >= this.waiting.bytes) {
      const { bytes, resolve } = this.waiting;
      this.waiting = undefined;
      const out = this.buffered.subarray(0, bytes);
      this.buffered = this.buffered.subarray(bytes);
      resolve(out);
    }
  }
  read(bytes: number): Promise<Buffer> {
    if (this.failure && this.buffered.length < bytes) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting = { bytes, resolve, reject };
      this.pump();
    });
  }
}

/** Captures the whole root window of the first screen as RGB. */
export async function captureRootWindow(display: string, options: { timeoutMs?: number } = {}): Promise<RgbImage> {
  const address = parseDisplay(display);
  const socket = address.socket ? createConnection(address.socket) : createConnection({ host: address.host, port: 6000 + address.number });
  const timer = setTimeout(() => socket.destroy(new Error(`no answer from the X server ${display}`)), options.timeoutMs ?? 15_000);
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const reader = new Reader(socket);
    let cookie: { name: string; data: Buffer } | undefined;
    try {
      cookie = findCookie(readFileSync(process.env.XAUTHORITY || `${homedir()}/.Xauthority`), address.number);
    } catch {
      cookie = undefined;
    }
    const authName = Buffer.from(cookie?.name ?? '', 'latin1');
    const authData = cookie?.data ?? Buffer.alloc(0);
    const setup = Buffer.alloc(12);
    setup.write('l', 0, 'latin1'); // little-endian requests and replies
    setup.writeUInt16LE(11, 2);
    setup.writeUInt16LE(0, 4);
    setup.writeUInt16LE(authName.length, 6);
    setup.writeUInt16LE(authData.length, 8);
    socket.write(Buffer.concat([setup, authName, Buffer.alloc(pad(authName.length)), authData, Buffer.alloc(pad(authData.length))]));
    const head = await reader.read(8);
    const rest = await reader.read(head.readUInt16LE(6) * 4);
    if (head[0] !== 1) {
      const reason = head[0] === 0 ? rest.subarray(0, head[1]).toString('latin1') : 'more authentication required';
      throw new Error(`the X server ${display} refused the connection: ${reason.trim()}`);
    }
    // `rest` starts at byte 8 of the setup reply.
    const vendorLength = rest.readUInt16LE(16);
    const formatCount = rest[21]!;
    const imageByteOrder = rest[22]!;
    let at = 32 + vendorLength + pad(vendorLength);
    const bitsPerPixel = new Map<number, number>();
    for (let i = 0; i < formatCount; i++, at += 8) bitsPerPixel.set(rest[at]!, rest[at + 1]!);
    const root = rest.readUInt32LE(at);
    const width = rest.readUInt16LE(at + 20);
    const height = rest.readUInt16LE(at + 22);
    const rootVisual = rest.readUInt32LE(at + 32);
    const depthCount = rest[at + 39]!;
    let masks = { red: 0xff0000, green: 0xff00, blue: 0xff };
    at += 40;
    for (let d = 0; d < depthCount; d++) {
      const visuals = rest.readUInt16LE(at + 2);
      at += 8;
      for (let v = 0; v < visuals; v++, at += 24) {
        if (rest.readUInt32LE(at) === rootVisual) masks = { red: rest.readUInt32LE(at + 8), green: rest.readUInt32LE(at + 12), blue: rest.readUInt32LE(at + 16) };
      }
    }
    const request = Buffer.alloc(20);
    request[0] = 73; // GetImage
    request[1] = 2; // ZPixmap
    request.writeUInt16LE(5, 2);
    request.writeUInt32LE(root, 4);
    request.writeInt16LE(0, 8);
    request.writeInt16LE(0, 10);
    request.writeUInt16LE(width, 12);
    request.writeUInt16LE(height, 14);
    request.writeUInt32LE(0xffffffff, 16);
    socket.write(request);
    const reply = await reader.read(32);
    if (reply[0] === 0) throw new Error(`the X server ${display} refused GetImage (error code ${reply[1]})`);
    const depth = reply[1]!;
    const data = await reader.read(reply.readUInt32LE(4) * 4);
    const bpp = bitsPerPixel.get(depth);
    if (bpp !== 32 && bpp !== 24) throw new Error(`the display ${display} has ${depth}-bit colour at ${bpp} bits a pixel; only true colour (24/32 bits a pixel) can be captured`);
    const bytesPerPixel = bpp / 8;
    const stride = Math.ceil((width * bpp) / 32) * 4;
    const pixels = Buffer.alloc(width * height * 3);
    const shift = (mask: number): number => (mask === 0 ? 0 : 31 - Math.clz32(mask & -mask));
    const [rs, gs, bs] = [shift(masks.red), shift(masks.green), shift(masks.blue)];
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const p = y * stride + x * bytesPerPixel;
        const value =
          bytesPerPixel === 4
            ? imageByteOrder === 0
              ? data.readUInt32LE(p)
              : data.readUInt32BE(p)
            : imageByteOrder === 0
              ? data[p]! | (data[p + 1]! << 8) | (data[p + 2]! << 16)
              : (data[p]! << 16) | (data[p + 1]! << 8) | data[p + 2]!;
        const o = (y * width + x) * 3;
        pixels[o] = ((value & masks.red) >>> rs) & 0xff;
        pixels[o + 1] = ((value & masks.green) >>> gs) & 0xff;
        pixels[o + 2] = ((value & masks.blue) >>> bs) & 0xff;
      }
    }
    return { width, height, pixels };
  } finally {
    clearTimeout(timer);
    socket.destroy();
  }
}
