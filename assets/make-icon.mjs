#!/usr/bin/env node
// Renders assets/icon.png (512×512) from the same geometry as assets/icon.svg with a tiny pure-Node PNG
// encoder (zlib only), because no image tooling is installed here. Run: node assets/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // 4×4 supersampling for smooth edges
const TOP = [0x57, 0x50, 0xe0];
const BOTTOM = [0x3d, 0x37, 0xbd];

/** Signed distance to a rounded square of half-size h and corner radius r, centred at 256,256. */
const roundedSquare = (x, y, h, r) => {
  const qx = Math.abs(x - 256) - h + r;
  const qy = Math.abs(y - 256) - h + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
/** Signed distance to a capsule from (ax,ay) to (bx,by) with radius r. */
const capsule = (x, y, ax, ay, bx, by, r) => {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - r;
};

// Layers, bottom to top: [distance fn, colour fn (x, y) → [r,g,b], alpha]
const layers = [
  [(x, y) => roundedSquare(x, y, 240, 112), (_x, y) => TOP.map((c, i) => c + ((BOTTOM[i] - c) * y) / SIZE), 1],
  [(x, y) => capsule(x, y, 150, 300, 262, 188, 30), () => [255, 255, 255], 0.38],
  [(x, y) => capsule(x, y, 196, 356, 356, 196, 40), () => [255, 255, 255], 1],
];

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    let [r, g, b, a] = [0, 0, 0, 0];
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const px = x + (sx + 0.5) / SAMPLES;
        const py = y + (sy + 0.5) / SAMPLES;
        let colour = [0, 0, 0];
        let alpha = 0;
        for (const [distance, paint, opacity] of layers) {
          if (distance(px, py) > 0) continue;
          const c = paint(px, py);
          colour = colour.map((v, i) => v * (1 - opacity) + c[i] * opacity);
          alpha = alpha * (1 - opacity) + opacity;
        }
        r += colour[0] * alpha;
        g += colour[1] * alpha;
        b += colour[2] * alpha;
        a += alpha;
      }
    }
    const o = y * (SIZE * 4 + 1) + 1 + x * 4;
    const n = SAMPLES * SAMPLES;
    raw[o] = a ? Math.round(r / a) : 0;
    raw[o + 1] = a ? Math.round(g / a) : 0;
    raw[o + 2] = a ? Math.round(b / a) : 0;
    raw[o + 3] = Math.round((a / n) * 255);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`icon.png written (${png.length} bytes)`);
