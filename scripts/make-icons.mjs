#!/usr/bin/env node
// Draws the add-in's icons (a shield with an "@") and writes them as PNG files to assets/.
//
// The shapes are described in a unit square and rasterised here with supersampled coverage, so no
// image library or native tool is needed. The PNGs are committed; run this only to change the
// design:  node scripts/make-icons.mjs [output-folder]
//
//   icon-16/32/80.png         ribbon button (XML bt:Image sizes)
//   icon-64.png, icon-128.png IconUrl and HighResolutionIconUrl
//   icon-color-192.png        unified manifest "color" icon (192 x 192)
//   icon-outline-32.png       unified manifest "outline" icon (32 x 32, white on transparent)
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// ---------------------------------------------------------------------------------------------
// PNG encoding (8-bit RGBA, no interlace)

// PNG chunks carry the same CRC-32 as zip: Node's own (zlib.crc32, Node 20.15 and later).
const crc32 = (bytes) => zlib.crc32(bytes);

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Geometry (unit square, y pointing down)

function cubic(p0, p1, p2, p3, steps = 32) {
  const points = [];
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    points.push([
      u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0],
      u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1],
    ]);
  }
  return points;
}

function insidePolygon(polygon, x, y) {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function segmentDistance(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

function polylineDistance(points, x, y) {
  let best = Infinity;
  for (let i = 1; i < points.length; i++)
    best = Math.min(best, segmentDistance(x, y, points[i - 1], points[i]));
  return best;
}

/** Distance from a point to a circular arc running from angle a0 down to a1 (radians, a0 > a1). */
function arcDistance(cx, cy, r, a0, a1, x, y) {
  let a = Math.atan2(y - cy, x - cx);
  while (a > a0) a -= 2 * Math.PI;
  while (a < a0 - 2 * Math.PI) a += 2 * Math.PI;
  if (a >= a1) return Math.abs(Math.hypot(x - cx, y - cy) - r);
  const end = (angle) => Math.hypot(x - cx - r * Math.cos(angle), y - cy - r * Math.sin(angle));
  return Math.min(end(a0), end(a1));
}

// The shield: pointed top, straight shoulders, sides that curve into a point at the bottom.
const SHIELD = [
  [0.5, 0.035],
  ...cubic([0.5, 0.035], [0.63, 0.125], [0.77, 0.155], [0.895, 0.155]),
  [0.895, 0.47],
  ...cubic([0.895, 0.47], [0.895, 0.73], [0.71, 0.885], [0.5, 0.965]),
  ...cubic([0.5, 0.965], [0.29, 0.885], [0.105, 0.73], [0.105, 0.47]),
  [0.105, 0.155],
  ...cubic([0.105, 0.155], [0.23, 0.155], [0.37, 0.125], [0.5, 0.035]),
];

function shrink(polygon, cx, cy, factor) {
  return polygon.map(([x, y]) => [cx + (x - cx) * factor, cy + (y - cy) * factor]);
}

/**
 * The "@": a bowl, a stem on its right that hooks out into an outer arc, which runs up and round
 * anticlockwise to end below the hook. Built in its own units (outer radius 1) around (0, 0).
 */
function atSign(cx, cy, scale, width) {
  const deg = Math.PI / 180;
  const bowl = { x: -0.1, y: 0, r: 0.4 };
  const stemX = bowl.x + bowl.r;
  const hook = [
    [stemX, -0.44],
    [stemX, 0.16],
    ...cubic([stemX, 0.16], [stemX, 0.5], [0.74, 0.55], [0.95, 0.28], 24),
  ];
  const arcStart = Math.atan2(0.28, 0.95);
  const arcEnd = arcStart - 305 * deg;
  const w = width / scale / 2;
  return (x, y) => {
    const u = (x - cx) / scale;
    const v = (y - cy) / scale;
    if (Math.abs(Math.hypot(u - bowl.x, v - bowl.y) - bowl.r) <= w) return true;
    if (polylineDistance(hook, u, v) <= w) return true;
    return arcDistance(0, 0, Math.hypot(0.95, 0.28), arcStart, arcEnd, u, v) <= w;
  };
}

// ---------------------------------------------------------------------------------------------
// Scenes: (x, y) in the unit square -> [r, g, b, a] with a in 0..1

const BLUE_LIGHT = [0x2b, 0x88, 0xd8];
const BLUE_DARK = [0x0f, 0x5c, 0xa8];
const WHITE = [0xff, 0xff, 0xff];

/**
 * The "@" drawn pixel by pixel for the 16 px icon, where any smooth curve turns to mush. Placed at
 * columns 4-11 and rows 3-10 of the 16 x 16 grid: centred across the shield, and on its visual
 * centre, which sits above the middle because the shield narrows to a point.
 */
const AT_16 = [
  "..####..",
  ".#....#.",
  "#..###.#",
  "#.#..#.#",
  "#.#..#.#",
  "#..####.",
  ".#......",
  "..####..",
];

function bitmap(rows, left, top, grid) {
  return (x, y) => {
    const row = rows[Math.floor(y * grid) - top];
    return row !== undefined && row[Math.floor(x * grid) - left] === "#";
  };
}

/** The full-colour icon. `glyph` says which points belong to the white "@". */
function colourScene(glyph) {
  const at = typeof glyph === "number" ? atSign(0.5, 0.47, 0.255, glyph) : glyph;
  return (x, y) => {
    if (!insidePolygon(SHIELD, x, y)) return null;
    if (at(x, y)) return [...WHITE, 1];
    return [...(x < 0.5 ? BLUE_LIGHT : BLUE_DARK), 1];
  };
}

/** White outline of the shield with the "@" inside, on a transparent background. */
function outlineScene(weight) {
  const inner = shrink(SHIELD, 0.5, 0.5, 1 - (2.2 * weight) / 0.79);
  const at = atSign(0.5, 0.47, 0.2, weight * 0.95);
  return (x, y) => {
    if (!insidePolygon(SHIELD, x, y)) return null;
    if (!insidePolygon(inner, x, y) || at(x, y)) return [...WHITE, 1];
    return null;
  };
}

/** Renders a scene with n x n samples a pixel, averaging premultiplied colour. */
function render(size, scene, n) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = scene((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          r += c[0] * c[3];
          g += c[1] * c[3];
          b += c[2] * c[3];
          a += c[3];
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((a / (n * n)) * 255);
      }
    }
  }
  return rgba;
}

// The stroke of the "@" (in unit coordinates) gets relatively heavier as the icon gets smaller.
const ICONS = [
  { file: "icon-16.png", size: 16, scene: colourScene(bitmap(AT_16, 4, 3, 16)) },
  { file: "icon-32.png", size: 32, scene: colourScene(0.07) },
  { file: "icon-64.png", size: 64, scene: colourScene(0.06) },
  { file: "icon-80.png", size: 80, scene: colourScene(0.06) },
  { file: "icon-128.png", size: 128, scene: colourScene(0.055) },
  { file: "icon-color-192.png", size: 192, scene: colourScene(0.055) },
  { file: "icon-outline-32.png", size: 32, scene: outlineScene(0.055) },
];

function main() {
  const out = path.resolve(process.argv[2] ?? path.join(ROOT, "assets"));
  fs.mkdirSync(out, { recursive: true });
  for (const { file, size, scene } of ICONS) {
    const png = encodePng(size, size, render(size, scene, size <= 32 ? 16 : 8));
    fs.writeFileSync(path.join(out, file), png);
    console.log(`${path.relative(ROOT, path.join(out, file))}  ${size}x${size}  ${png.length} bytes`);
  }
}

main();
