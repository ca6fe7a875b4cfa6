#!/usr/bin/env node
// Draws the add-in's icons (assets/icon-16.png … icon-128.png) with Node built-ins only: the shapes are
// sampled on a sub-pixel grid for smooth edges and written as RGBA PNGs with zlib. Run it again after
// changing the design: `node scripts/make-icons.js` (the output is deterministic for a given zlib).
//
// The glyph: three rising bars (a province's progress) under an amber line (the plan's target),
// white on a green rounded square.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 32, 64, 80, 128];
const OUT_DIR = path.resolve(__dirname, "..", "assets");
const SUBSAMPLES = 8; // per axis: 64 samples a pixel

const BACKGROUND = [0x1d, 0x6f, 0x42]; // deep green, close to Excel's
const BAR = [0xff, 0xff, 0xff];
const TARGET = [0xf4, 0xb4, 0x00]; // amber

/**
 * Shapes in unit coordinates (0..1, y down), painted in order; the last one that covers a point wins.
 * Edges sit on a 1/16 grid so that every size (all multiples of 16) comes out crisp.
 */
const G = 1 / 16;
const SHAPES = [
  { kind: "roundRect", x0: 0.5 * G, y0: 0.5 * G, x1: 15.5 * G, y1: 15.5 * G, r: 3 * G, color: BACKGROUND },
  { kind: "rect", x0: 3 * G, y0: 9 * G, x1: 5 * G, y1: 13 * G, color: BAR },
  { kind: "rect", x0: 7 * G, y0: 7 * G, x1: 9 * G, y1: 13 * G, color: BAR },
  { kind: "rect", x0: 11 * G, y0: 5 * G, x1: 13 * G, y1: 13 * G, color: BAR },
  { kind: "rect", x0: 3 * G, y0: 3 * G, x1: 13 * G, y1: 4 * G, color: TARGET },
];

function covers(shape, x, y) {
  if (x < shape.x0 || x > shape.x1 || y < shape.y0 || y > shape.y1) return false;
  if (shape.kind === "rect") return true;
  // Rounded rectangle: inside unless in a corner square and outside that corner's circle.
  const r = shape.r;
  const cx = x < shape.x0 + r ? shape.x0 + r : x > shape.x1 - r ? shape.x1 - r : x;
  const cy = y < shape.y0 + r ? shape.y0 + r : y > shape.y1 - r ? shape.y1 - r : y;
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= r * r;
}

/** Returns size*size RGBA pixels, straight (not premultiplied) alpha. */
function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = SUBSAMPLES;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let color = null;
          for (const shape of SHAPES) if (covers(shape, x, y)) color = shape.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            covered++;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        pixels[i] = Math.round(r / covered);
        pixels[i + 1] = Math.round(g / covered);
        pixels[i + 2] = Math.round(b / covered);
        pixels[i + 3] = Math.round((255 * covered) / (n * n));
      }
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffers) {
  let c = 0xffffffff;
  for (const buf of buffers) for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeBytes = Buffer.from(type, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32([typeBytes, data]));
  return Buffer.concat([length, typeBytes, data, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); // width
  header.writeUInt32BE(size, 4); // height
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(OUT_DIR, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    process.stdout.write(`${path.relative(process.cwd(), file)} (${size}×${size})\n`);
  }
}

main();
