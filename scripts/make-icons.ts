/**
 * Writes Parallax's toolbar icons: public/icon/{16,32,48,128}.png (active) and
 * public/icon/paused/{16,32,48,128}.png (paused). Node built-ins only (zlib for PNG).
 *
 *   npx tsx scripts/make-icons.ts
 *
 * Active: two white bars offset from each other (the same fact, told twice, shifted) on
 * blue. Paused: a pause sign on grey, so the state reads at 16px without colour alone.
 * Shapes are rounded rectangles rendered with 4×4 supersampling for smooth edges.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [16, 32, 48, 128];

type Rgba = [number, number, number, number];
/** A rounded rectangle in unit coordinates (0..1 across the icon). */
interface Shape {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  radius: number;
  color: Rgba;
}

const BLUE: Rgba = [29, 78, 216, 255];
const GREY: Rgba = [100, 106, 118, 255];
const WHITE: Rgba = [255, 255, 255, 255];

function background(color: Rgba): Shape {
  return { x0: 0.03, y0: 0.03, x1: 0.97, y1: 0.97, radius: 0.22, color };
}

const ACTIVE: Shape[] = [
  background(BLUE),
  { x0: 0.16, y0: 0.26, x1: 0.66, y1: 0.44, radius: 0.09, color: WHITE },
  { x0: 0.34, y0: 0.56, x1: 0.84, y1: 0.74, radius: 0.09, color: WHITE },
];

const PAUSED: Shape[] = [
  background(GREY),
  { x0: 0.3, y0: 0.24, x1: 0.44, y1: 0.76, radius: 0.05, color: WHITE },
  { x0: 0.56, y0: 0.24, x1: 0.7, y1: 0.76, radius: 0.05, color: WHITE },
];

function inside(s: Shape, x: number, y: number): boolean {
  const cx = Math.min(Math.max(x, s.x0 + s.radius), s.x1 - s.radius);
  const cy = Math.min(Math.max(y, s.y0 + s.radius), s.y1 - s.radius);
  return x >= s.x0 && x <= s.x1 && y >= s.y0 && y <= s.y1 && (x - cx) ** 2 + (y - cy) ** 2 <= s.radius ** 2;
}

/** RGBA pixels, straight alpha, shapes painted in order ("over"). */
function render(shapes: Shape[], size: number): Buffer {
  const SS = 4;
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / size;
          const y = (py + (sy + 0.5) / SS) / size;
          let c: Rgba = [0, 0, 0, 0];
          for (const s of shapes) if (inside(s, x, y)) c = s.color;
          const alpha = c[3] / 255;
          r += c[0] * alpha;
          g += c[1] * alpha;
          b += c[2] * alpha;
          a += alpha;
        }
      }
      const i = (py * size + px) * 4;
      out[i] = a ? Math.round(r / a) : 0;
      out[i + 1] = a ? Math.round(g / a) : 0;
      out[i + 2] = a ? Math.round(b / a) : 0;
      out[i + 3] = Math.round((a / (SS * SS)) * 255);
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function encodePng(rgba: Buffer, size: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  // Each scanline starts with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const [dir, shapes] of [
  ['public/icon', ACTIVE],
  ['public/icon/paused', PAUSED],
] as const) {
  mkdirSync(join(ROOT, dir), { recursive: true });
  for (const size of SIZES) {
    const file = join(ROOT, dir, `${size}.png`);
    writeFileSync(file, encodePng(render(shapes, size), size));
    console.log(`wrote ${dir}/${size}.png`);
  }
}
