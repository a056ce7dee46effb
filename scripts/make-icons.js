#!/usr/bin/env node
// Draws the add-in's icons: a winners' podium with the emulation flag (cờ thi đua: red, yellow star)
// planted on the top step. Shapes are polygons in design units, rasterised with supersampling for
// anti-aliasing; 16 px has its own pixel-aligned drawing because the large one turns to mush there.
// Usage: node scripts/make-icons.js   (writes assets/icon-{16,32,64,80}.png and assets/icon.svg)
"use strict";

const fs = require("fs");
const path = require("path");
const { PNG } = require("pngjs");

const OUT_DIR = path.resolve(__dirname, "..", "assets");
const SUBSAMPLES = 8; // per axis: 64 samples a pixel

const COLOR = {
  first: "#1E7145", // Excel green, so the icon sits well in Excel's ribbon
  side: "#33A065",
  top: "#5CC48A",
  digit: "#FFFFFF",
  pole: "#4A4A4A",
  flag: "#DA251D",
  flagShade: "#B01C16",
  star: "#FFDD00",
  finial: "#E0A800",
};

const rect = (x0, y0, x1, y1) => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

function star(cx, cy, outer, inner) {
  const pts = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 ? inner : outer;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  return pts;
}

function circle(cx, cy, r, n = 24) {
  return Array.from({ length: n }, (_, i) => [
    cx + r * Math.cos((2 * Math.PI * i) / n),
    cy + r * Math.sin((2 * Math.PI * i) / n),
  ]);
}

/** A flag waving gently to the right of the pole: the wave reads as "flag", a plain rectangle as "label". */
function wavingFlag(x0, y0, width, height, amplitude) {
  const steps = 16;
  const top = [];
  const bottom = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const dy = amplitude * Math.sin(2 * Math.PI * t) * t;
    top.push([x0 + t * width, y0 + dy]);
    bottom.push([x0 + t * width, y0 + height + dy]);
  }
  return top.concat(bottom.reverse());
}

/**
 * The full drawing on a 32-unit canvas. At 32 px the flag is straight and every edge falls on a whole
 * pixel (a waving edge blurs at that size); at 64 and 80 px the flag waves and the pole has a finial.
 */
function largeDesign(detailed) {
  const flag = detailed ? wavingFlag(13, 3.2, 15.5, 9.2, 0.9) : rect(13, 3, 29, 12);
  const shapes = [
    { fill: COLOR.side, poly: rect(1, 18, 11, 31) },
    { fill: COLOR.side, poly: rect(21, 22, 31, 31) },
    { fill: COLOR.first, poly: rect(11, 14, 21, 31) },
    { fill: COLOR.top, poly: rect(1, 18, 11, 20) },
    { fill: COLOR.top, poly: rect(21, 22, 31, 24) },
    { fill: COLOR.top, poly: rect(11, 14, 21, 16) },
    // the "1" on the top step
    {
      fill: COLOR.digit,
      poly: [
        [14, 20.5],
        [17, 18.5],
        [17, 28],
        [15, 28],
        [15, 21.6],
        [14, 22.2],
      ],
    },
    { fill: COLOR.pole, poly: rect(12, detailed ? 2.6 : 2, 13, 14) },
    { fill: COLOR.flag, poly: flag },
    { fill: COLOR.flagShade, poly: detailed ? wavingFlag(13, 3.2, 1, 9.2, 0) : rect(13, 3, 14, 12) },
    { fill: COLOR.star, poly: star(21, 7.6, 3.5, 1.4) },
  ];
  if (detailed) shapes.push({ fill: COLOR.finial, poly: circle(12.5, 2.3, 1.1) });
  return { units: 32, shapes };
}

/** The 16 px drawing: whole-pixel edges, no digit or finial. */
function smallDesign() {
  return {
    units: 16,
    shapes: [
      { fill: COLOR.side, poly: rect(0, 10, 5, 16) },
      { fill: COLOR.side, poly: rect(11, 12, 16, 16) },
      { fill: COLOR.first, poly: rect(5, 7, 11, 16) },
      { fill: COLOR.top, poly: rect(0, 10, 5, 11) },
      { fill: COLOR.top, poly: rect(11, 12, 16, 13) },
      { fill: COLOR.top, poly: rect(5, 7, 11, 8) },
      { fill: COLOR.pole, poly: rect(5, 0, 6, 7) },
      { fill: COLOR.flag, poly: rect(6, 0, 15, 6) },
      // a hand-placed pixel star: an anti-aliased one this small blurs into an orange blob
      ...[
        rect(10, 1, 11, 2),
        rect(8, 2, 13, 3),
        rect(9, 3, 12, 4),
        rect(9, 4, 10, 5),
        rect(11, 4, 12, 5),
      ].map((poly) => ({
        fill: COLOR.star,
        poly,
      })),
    ],
  };
}

function insidePolygon(x, y, poly) {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** Each subsample takes the colour of the topmost shape covering it; a pixel averages its subsamples. */
function render(design, size) {
  const png = new PNG({ width: size, height: size });
  const scale = design.units / size;
  const shapes = design.shapes.map((s) => ({ rgb: rgb(s.fill), poly: s.poly })).reverse();
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) * scale;
          const y = (py + (sy + 0.5) / SUBSAMPLES) * scale;
          const hit = shapes.find((s) => insidePolygon(x, y, s.poly));
          if (!hit) continue;
          covered++;
          hit.rgb.forEach((c, k) => (sum[k] += c));
        }
      }
      const o = (py * size + px) * 4;
      // Un-premultiplied colour: transparent edges keep the shape's colour instead of darkening.
      for (let k = 0; k < 3; k++) png.data[o + k] = covered ? Math.round(sum[k] / covered) : 0;
      png.data[o + 3] = Math.round((255 * covered) / (SUBSAMPLES * SUBSAMPLES));
    }
  }
  return PNG.sync.write(png);
}

function toSvg(design) {
  const body = design.shapes
    .map(
      (s) =>
        `  <polygon fill="${s.fill}" points="${s.poly.map(([x, y]) => `${+x.toFixed(2)},${+y.toFixed(2)}`).join(" ")}"/>`,
    )
    .join("\n");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${design.units}" height="${design.units}" viewBox="0 0 ${design.units} ${design.units}">\n${body}\n</svg>\n`;
}

function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const targets = [
    [16, smallDesign()],
    [32, largeDesign(false)],
    [64, largeDesign(true)],
    [80, largeDesign(true)],
  ];
  for (const [size, design] of targets) {
    const file = path.join(OUT_DIR, `icon-${size}.png`);
    fs.writeFileSync(file, render(design, size));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
  fs.writeFileSync(path.join(OUT_DIR, "icon.svg"), toSvg(largeDesign(true)));
  console.log(`wrote ${path.relative(process.cwd(), path.join(OUT_DIR, "icon.svg"))}`);
}

if (require.main === module) main();

module.exports = { render, largeDesign, smallDesign };
