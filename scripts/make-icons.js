/**
 * Writes assets/icon-{16,32,64,80}.png: a green rounded square with a white check mark and three bars
 * (a checked indicator table). Pure Node (zlib), supersampled for smooth edges. Run: node scripts/make-icons.js
 */
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

function crc32(buf) {
  let c;
  const table = [];
  for (let n = 0; n < 256; n++) {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Shape at a point in unit coordinates (0..1): 0 transparent, 1 green, 2 white. */
function shape(x, y) {
  const r = 0.18;
  const inside = (() => {
    const cx = Math.min(Math.max(x, r), 1 - r);
    const cy = Math.min(Math.max(y, r), 1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= 0.02 && x <= 0.98 && y >= 0.02 && y <= 0.98;
  })();
  if (!inside) return 0;
  // three table rows (bars) on the left
  for (const [top, w] of [
    [0.22, 0.34],
    [0.4, 0.26],
    [0.58, 0.18],
  ])
    if (y >= top && y <= top + 0.08 && x >= 0.16 && x <= 0.16 + w) return 2;
  // check mark: two thick segments
  const seg = (ax, ay, bx, by, t) => {
    const dx = bx - ax,
      dy = by - ay;
    const u = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return (x - ax - u * dx) ** 2 + (y - ay - u * dy) ** 2 <= t * t;
  };
  if (seg(0.44, 0.66, 0.58, 0.8, 0.06) || seg(0.58, 0.8, 0.86, 0.36, 0.06)) return 2;
  return 1;
}

function draw(size) {
  const ss = 4;
  const out = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let g = 0,
        w = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const v = shape((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
          if (v === 1) g++;
          else if (v === 2) w++;
        }
      const n = ss * ss;
      const a = (g + w) / n;
      const i = (y * size + x) * 4;
      if (a === 0) continue;
      // Excel green #107C41 blended with white by coverage
      const wf = w / (g + w);
      out[i] = Math.round(0x10 * (1 - wf) + 255 * wf);
      out[i + 1] = Math.round(0x7c * (1 - wf) + 255 * wf);
      out[i + 2] = Math.round(0x41 * (1 - wf) + 255 * wf);
      out[i + 3] = Math.round(255 * a);
    }
  }
  return png(size, out);
}

for (const size of [16, 32, 64, 80]) {
  fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), draw(size));
}
console.log("assets/icon-{16,32,64,80}.png written");
