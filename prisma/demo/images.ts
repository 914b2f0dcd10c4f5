import sharp from "sharp";

// Demo pictures drawn locally: each hero is an SVG scene composed from a motif (skyline, harbour,
// waves, chart bars, stadium, leaves…) and a palette, rasterised by sharp. Same inputs, same bytes,
// so a re-run of the seed names the same files. No text is drawn, so no fonts are needed.

export const HERO_WIDTH = 1600;
export const HERO_HEIGHT = 900;
export const PORTRAIT_SIZE = 600;

interface Palette {
  /** How the colours read in alt text. */
  words: string;
  skyTop: string;
  skyBottom: string;
  far: string;
  ink: string;
  accent: string;
  light: string;
  /** Extra colours for containers, bars, books, awnings… */
  pops: readonly string[];
}

export const PALETTES = {
  dawn: {
    words: "a pink and gold dawn sky",
    skyTop: "#f3a9a0",
    skyBottom: "#fde4bf",
    far: "#c98a8f",
    ink: "#4a2c3d",
    accent: "#ffcf6e",
    light: "#fff4d6",
    pops: ["#e76f51", "#f4a261", "#2a9d8f", "#8d5a97"],
  },
  dusk: {
    words: "an orange and violet evening sky",
    skyTop: "#35265e",
    skyBottom: "#f08a4b",
    far: "#7a4a6e",
    ink: "#1d1430",
    accent: "#ffb347",
    light: "#ffe2a8",
    pops: ["#ef476f", "#ffd166", "#06d6a0", "#118ab2"],
  },
  noon: {
    words: "a bright blue sky",
    skyTop: "#3f8fd8",
    skyBottom: "#c4e6f8",
    far: "#86a9c6",
    ink: "#1f3b57",
    accent: "#ffe066",
    light: "#ffffff",
    pops: ["#e63946", "#f1c453", "#2a9d8f", "#457b9d"],
  },
  storm: {
    words: "a heavy grey storm sky",
    skyTop: "#363d4a",
    skyBottom: "#9aa5b3",
    far: "#5b6473",
    ink: "#161a21",
    accent: "#dce6f2",
    light: "#f2f5f9",
    pops: ["#c8553d", "#f2d0a4", "#588b8b", "#93a8ac"],
  },
  night: {
    words: "a deep blue night sky",
    skyTop: "#081028",
    skyBottom: "#243f7a",
    far: "#1b2d57",
    ink: "#040814",
    accent: "#f5e27a",
    light: "#ffe9a3",
    pops: ["#ff6b6b", "#ffd93d", "#6bcb77", "#4d96ff"],
  },
  sea: {
    words: "teal and sea-green tones",
    skyTop: "#0e4a5a",
    skyBottom: "#6cc0bb",
    far: "#2f7f86",
    ink: "#072a33",
    accent: "#f6e7a1",
    light: "#e8fbf7",
    pops: ["#f28f3b", "#c8553d", "#ffd5c2", "#588b8b"],
  },
  forest: {
    words: "deep forest greens",
    skyTop: "#1f3d2b",
    skyBottom: "#9cc39a",
    far: "#4f7a52",
    ink: "#10251a",
    accent: "#f2e394",
    light: "#f4f9e9",
    pops: ["#d9a441", "#b5542f", "#7fb069", "#e6aa68"],
  },
  sand: {
    words: "warm sand and ochre tones",
    skyTop: "#e9b872",
    skyBottom: "#f8e7c6",
    far: "#c58c4e",
    ink: "#5a3a1b",
    accent: "#fff1c1",
    light: "#fffaf0",
    pops: ["#b23a48", "#3d5a80", "#e07a5f", "#81b29a"],
  },
  ember: {
    words: "red and amber tones",
    skyTop: "#5c1a1b",
    skyBottom: "#e8663d",
    far: "#9b2c2c",
    ink: "#2a0b0c",
    accent: "#ffc857",
    light: "#ffe6b3",
    pops: ["#ffc857", "#e9724c", "#c5283d", "#481d24"],
  },
  ice: {
    words: "pale blue and white tones",
    skyTop: "#a9cbe6",
    skyBottom: "#eef6fb",
    far: "#8fb3cf",
    ink: "#2b4c6f",
    accent: "#ffffff",
    light: "#ffffff",
    pops: ["#5fa8d3", "#1b4965", "#cae9ff", "#62b6cb"],
  },
  berry: {
    words: "plum and rose tones",
    skyTop: "#3c1642",
    skyBottom: "#d8829d",
    far: "#7b2d5b",
    ink: "#1e0a22",
    accent: "#ffd6e0",
    light: "#fff0f5",
    pops: ["#f7b267", "#f4845f", "#c3f0ca", "#ffd6e0"],
  },
  moss: {
    words: "olive and moss-green tones",
    skyTop: "#4a5a23",
    skyBottom: "#d4d8a8",
    far: "#7d8a3f",
    ink: "#262d10",
    accent: "#f6f1c7",
    light: "#fbfbef",
    pops: ["#bc6c25", "#dda15e", "#606c38", "#fefae0"],
  },
} as const satisfies Record<string, Palette>;

export type PaletteName = keyof typeof PALETTES;

// --- small helpers -------------------------------------------------------------------------

/** Deterministic pseudo-random numbers from a string (FNV-1a seed, mulberry32 sequence). */
export function randomFrom(seedText: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seedText.length; i++) h = Math.imul(h ^ seedText.charCodeAt(i), 0x01000193);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const between = (rng: Rng, min: number, max: number) => min + (max - min) * rng();
const int = (rng: Rng, min: number, max: number) => Math.floor(between(rng, min, max + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const r1 = (n: number) => Math.round(n * 10) / 10;

const W = HERO_WIDTH;
const H = HERO_HEIGHT;

function skyGradient(p: Palette, id = "sky"): string {
  return `<defs><linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.skyTop}"/><stop offset="1" stop-color="${p.skyBottom}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#${id})"/>`;
}

function sun(rng: Rng, p: Palette, y = between(rng, 180, 380), r = between(rng, 70, 130)): string {
  const x = between(rng, 250, W - 250);
  return `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(r * 1.7)}" fill="${p.accent}" opacity="0.18"/><circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(r)}" fill="${p.accent}" opacity="0.9"/>`;
}

/** A horizontal band of sine waves from `top` to the bottom edge. */
function waveBand(rng: Rng, top: number, fill: string, amplitude: number, opacity = 1): string {
  const period = between(rng, 180, 360);
  const phase = between(rng, 0, Math.PI * 2);
  let d = `M0 ${H} L0 ${r1(top)}`;
  for (let x = 0; x <= W; x += 20) d += ` L${x} ${r1(top + Math.sin((x / period) * Math.PI * 2 + phase) * amplitude)}`;
  return `<path d="${d} L${W} ${H} Z" fill="${fill}" opacity="${opacity}"/>`;
}

/** A mountain ridge polygon between `base` and `base - height`. */
function ridge(rng: Rng, base: number, height: number, fill: string, opacity = 1): string {
  let d = `M0 ${H} L0 ${r1(base - height * rng())}`;
  for (let x = 0; x <= W; x += int(rng, 60, 160)) d += ` L${x} ${r1(base - height * rng())}`;
  return `<path d="${d} L${W} ${r1(base - height * rng())} L${W} ${H} Z" fill="${fill}" opacity="${opacity}"/>`;
}

function stars(rng: Rng, count: number, maxY: number, colour = "#ffffff"): string {
  let out = "";
  for (let i = 0; i < count; i++) {
    out += `<circle cx="${r1(between(rng, 0, W))}" cy="${r1(between(rng, 0, maxY))}" r="${r1(between(rng, 0.8, 2.6))}" fill="${colour}" opacity="${r1(between(rng, 0.3, 1))}"/>`;
  }
  return out;
}

// --- motifs --------------------------------------------------------------------------------

interface Motif {
  /** What the picture shows, completed by the palette's words in alt text. */
  shows: string;
  draw: (rng: Rng, p: Palette) => string;
}

function skyline(rng: Rng, p: Palette): string {
  let out = skyGradient(p) + sun(rng, p);
  for (const [layer, fill, top] of [
    [0, p.far, 380],
    [1, p.ink, 480],
  ] as const) {
    let x = -20;
    while (x < W) {
      const w = int(rng, 50, 140);
      const y = top + between(rng, -120, 160);
      out += `<rect x="${x}" y="${r1(y)}" width="${w}" height="${r1(H - y)}" fill="${fill}"/>`;
      if (rng() < 0.25) out += `<rect x="${x + w / 2 - 3}" y="${r1(y - 60)}" width="6" height="60" fill="${fill}"/>`;
      if (layer === 1) {
        for (let wy = y + 20; wy < H - 30; wy += 28) {
          for (let wx = x + 12; wx < x + w - 16; wx += 22) {
            if (rng() < 0.35)
              out += `<rect x="${r1(wx)}" y="${r1(wy)}" width="10" height="14" fill="${p.light}" opacity="0.85"/>`;
          }
        }
      }
      x += w + int(rng, 0, 12);
    }
  }
  return out;
}

function crane(x: number, base: number, height: number, boom: number, colour: string): string {
  const top = base - height;
  return (
    `<g stroke="${colour}" stroke-width="10" fill="none" stroke-linecap="round">` +
    `<path d="M${x} ${base} L${x} ${top} M${x + 60} ${base} L${x + 60} ${top} M${x} ${top + 40} L${x + 60} ${base - 40} M${x + 60} ${top + 40} L${x} ${base - 40}"/>` +
    `<path d="M${x - boom * 0.3} ${top} L${x + boom} ${top} M${x + 30} ${top - 80} L${x + boom} ${top} M${x + 30} ${top - 80} L${x - boom * 0.3} ${top}"/>` +
    `<path d="M${x + boom * 0.7} ${top} L${x + boom * 0.7} ${top + 140}" stroke-width="4"/></g>`
  );
}

function harbour(rng: Rng, p: Palette): string {
  let out = skyGradient(p) + sun(rng, p, between(rng, 150, 260));
  const water = 640;
  out += ridge(rng, water, 80, p.far, 0.7);
  for (let i = 0; i < 3; i++)
    out += crane(180 + i * 420 + int(rng, -40, 40), water, int(rng, 300, 380), int(rng, 260, 340), p.ink);
  // the ship: hull and stacked containers
  const sx = between(rng, 250, 520);
  const sw = 900;
  for (let row = 0; row < 4; row++) {
    for (let col = 0; col < 14; col++) {
      if (row > 0 && rng() < 0.3) continue;
      out += `<rect x="${r1(sx + 90 + col * 52)}" y="${water - 40 - (row + 1) * 30}" width="48" height="27" fill="${pick(rng, p.pops)}"/>`;
    }
  }
  out += `<path d="M${r1(sx)} ${water - 40} L${r1(sx + sw)} ${water - 40} L${r1(sx + sw - 60)} ${water + 30} L${r1(sx + 50)} ${water + 30} Z" fill="${p.ink}"/>`;
  out += `<rect x="${r1(sx + sw - 150)}" y="${water - 190}" width="70" height="150" fill="${p.ink}"/>`;
  out += `<rect y="${water + 10}" width="${W}" height="${H - water}" fill="${p.far}"/>`;
  for (let i = 0; i < 40; i++) {
    const y = between(rng, water + 30, H);
    const x = between(rng, 0, W);
    out += `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(between(rng, 40, 160))}" height="3" fill="${p.light}" opacity="0.35"/>`;
  }
  return out;
}

function waves(rng: Rng, p: Palette): string {
  let out = skyGradient(p) + sun(rng, p, between(rng, 160, 300));
  const colours = [p.far, p.pops[3] ?? p.far, p.ink];
  for (let i = 0; i < 6; i++) {
    out += waveBand(rng, 420 + i * 75, colours[i % colours.length] ?? p.ink, between(rng, 12, 34), 0.55 + i * 0.08);
  }
  // a small sailing boat on the first crest
  const bx = between(rng, 300, 1200);
  out += `<path d="M${r1(bx)} 440 l120 0 l-20 28 l-84 0 z" fill="${p.ink}"/><path d="M${r1(bx + 58)} 436 l0 -130 l56 120 z" fill="${p.light}"/>`;
  return out;
}

function chart(rng: Rng, p: Palette): string {
  let out = `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${p.ink}"/><stop offset="1" stop-color="${p.far}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#bg)"/>`;
  for (let y = 150; y <= 750; y += 100)
    out += `<rect x="120" y="${y}" width="${W - 240}" height="2" fill="${p.light}" opacity="0.15"/>`;
  const bars = int(rng, 9, 14);
  const step = (W - 300) / bars;
  let level = between(rng, 250, 450);
  const points: string[] = [];
  for (let i = 0; i < bars; i++) {
    level = Math.min(620, Math.max(120, level + between(rng, -110, 130)));
    const x = 160 + i * step;
    out += `<rect x="${r1(x)}" y="${r1(750 - level)}" width="${r1(step * 0.62)}" height="${r1(level)}" rx="6" fill="${i === bars - 1 ? p.accent : (p.pops[i % 2] ?? p.accent)}" opacity="${i === bars - 1 ? 1 : 0.8}"/>`;
    points.push(`${r1(x + step * 0.31)},${r1(750 - level - 40)}`);
  }
  out += `<polyline points="${points.join(" ")}" fill="none" stroke="${p.light}" stroke-width="6" stroke-linejoin="round"/>`;
  for (const pt of points) {
    const [cx, cy] = pt.split(",");
    out += `<circle cx="${cx}" cy="${cy}" r="10" fill="${p.light}"/>`;
  }
  return out + `<rect x="120" y="750" width="${W - 240}" height="4" fill="${p.light}" opacity="0.6"/>`;
}

function stadium(rng: Rng, p: Palette): string {
  let out = skyGradient(p) + stars(rng, 60, 300, p.light);
  out += `<defs><radialGradient id="glow"><stop offset="0" stop-color="${p.light}" stop-opacity="0.9"/><stop offset="1" stop-color="${p.light}" stop-opacity="0"/></radialGradient></defs>`;
  for (const x of [160, 560, 1040, 1440]) {
    out += `<rect x="${x - 6}" y="150" width="12" height="400" fill="${p.ink}"/><rect x="${x - 50}" y="120" width="100" height="40" rx="6" fill="${p.light}"/><circle cx="${x}" cy="140" r="160" fill="url(#glow)" opacity="0.6"/>`;
  }
  out += `<path d="M0 560 Q800 380 1600 560 L1600 900 L0 900 Z" fill="${p.ink}"/>`;
  for (let i = 0; i < 260; i++) {
    out += `<circle cx="${r1(between(rng, 0, W))}" cy="${r1(between(rng, 520, 640))}" r="5" fill="${pick(rng, p.pops)}" opacity="0.75"/>`;
  }
  out += `<ellipse cx="800" cy="790" rx="760" ry="150" fill="#2f7d3b"/>`;
  for (let i = 0; i < 8; i++) {
    out += `<ellipse cx="800" cy="790" rx="${760 - i * 95}" ry="${150 - i * 18.7}" fill="${i % 2 ? "#2f7d3b" : "#3a8f47"}"/>`;
  }
  return (
    out +
    `<ellipse cx="800" cy="790" rx="120" ry="24" fill="none" stroke="#ffffff" stroke-width="4" opacity="0.8"/><rect x="798" y="640" width="4" height="300" fill="#ffffff" opacity="0.8"/>`
  );
}

function leaves(rng: Rng, p: Palette): string {
  let out = skyGradient(p);
  for (let i = 0; i < 55; i++) {
    const x = between(rng, -40, W + 40);
    const y = between(rng, -40, H + 40);
    const len = between(rng, 60, 170);
    const fill = pick(rng, [...p.pops, p.far, p.ink]);
    out += `<g transform="translate(${r1(x)} ${r1(y)}) rotate(${int(rng, 0, 359)})" opacity="${r1(between(rng, 0.6, 1))}"><ellipse rx="${r1(len)}" ry="${r1(len * 0.42)}" fill="${fill}"/><path d="M${r1(-len)} 0 L${r1(len)} 0" stroke="${p.light}" stroke-width="3" opacity="0.55"/></g>`;
  }
  return out;
}

function mountains(rng: Rng, p: Palette): string {
  let out = skyGradient(p) + sun(rng, p, between(rng, 200, 320));
  out += ridge(rng, 520, 260, p.far, 0.55);
  out += ridge(rng, 650, 240, p.far, 0.85);
  out += ridge(rng, 800, 200, p.ink, 0.85);
  return out + ridge(rng, 900, 120, p.ink);
}

function river(rng: Rng, p: Palette): string {
  let out = skyGradient(p) + sun(rng, p, 170, 70);
  out += ridge(rng, 400, 120, p.far, 0.8);
  out += `<rect y="390" width="${W}" height="${H - 390}" fill="${p.pops[2] ?? p.far}"/>`;
  out += ridge(rng, 560, 100, p.far, 0.5);
  const sway = between(rng, 200, 420);
  out += `<path d="M760 400 C ${r1(760 + sway)} 520, ${r1(760 - sway)} 640, 700 ${H} L 1060 ${H} C ${r1(900 - sway)} 660, ${r1(900 + sway)} 520, 800 400 Z" fill="${p.light}" opacity="0.9"/>`;
  for (let i = 0; i < 70; i++) {
    const x = between(rng, 0, W);
    const y = between(rng, 460, H);
    const s = (y - 380) / 25;
    out += `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(s + between(rng, 0, 6))}" fill="${p.ink}" opacity="0.75"/>`;
  }
  return out;
}

function rail(rng: Rng, p: Palette): string {
  let out = skyGradient(p) + sun(rng, p, 300, 90);
  const hx = 800;
  const hy = 420;
  out += ridge(rng, hy + 20, 90, p.far, 0.8);
  out += `<path d="M0 ${hy} L${W} ${hy} L${W} ${H} L0 ${H} Z" fill="${p.ink}" opacity="0.85"/>`;
  for (let i = 1; i < 16; i++) {
    const t = (i / 16) ** 2;
    const y = hy + (H - hy) * t;
    const half = 40 + 520 * t;
    out += `<rect x="${r1(hx - half)}" y="${r1(y)}" width="${r1(half * 2)}" height="${r1(4 + 18 * t)}" fill="${p.far}"/>`;
  }
  out += `<path d="M${hx - 12} ${hy} L${hx - 420} ${H} M${hx + 12} ${hy} L${hx + 420} ${H}" stroke="${p.light}" stroke-width="10"/>`;
  for (let i = 1; i < 6; i++) {
    const t = (i / 6) ** 1.6;
    const x = hx - 60 - 700 * t;
    const top = hy - 40 - 420 * t;
    out += `<rect x="${r1(x)}" y="${r1(top)}" width="${r1(4 + 10 * t)}" height="${r1(hy + (H - hy) * t * 0.55 - top)}" fill="${p.ink}"/>`;
  }
  return out + `<path d="M${hx} ${hy - 40} L0 ${hy - 380}" stroke="${p.ink}" stroke-width="3"/>`;
}

function circuit(rng: Rng, p: Palette): string {
  let out = `<rect width="${W}" height="${H}" fill="${p.ink}"/>`;
  const nodes: [number, number][] = [];
  for (let i = 0; i < 40; i++) nodes.push([int(rng, 1, 15) * 100, int(rng, 1, 8) * 100]);
  for (let i = 1; i < nodes.length; i++) {
    const [x1, y1] = nodes[i - 1] ?? [0, 0];
    const [x2, y2] = nodes[i] ?? [0, 0];
    out += `<path d="M${x1} ${y1} L${x2} ${y1} L${x2} ${y2}" fill="none" stroke="${pick(rng, p.pops)}" stroke-width="5" opacity="0.7"/>`;
  }
  for (const [x, y] of nodes) {
    out += `<circle cx="${x}" cy="${y}" r="26" fill="${p.accent}" opacity="0.15"/><circle cx="${x}" cy="${y}" r="11" fill="${p.accent}"/>`;
  }
  return out;
}

function space(rng: Rng, p: Palette): string {
  let out = skyGradient(p) + stars(rng, 260, H);
  const px = between(rng, 300, 1300);
  const py = between(rng, 350, 600);
  const pr = between(rng, 120, 190);
  out += `<defs><linearGradient id="planet" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${p.pops[1]}"/><stop offset="1" stop-color="${p.pops[0]}"/></linearGradient><linearGradient id="tail" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${p.light}" stop-opacity="0"/><stop offset="1" stop-color="${p.light}" stop-opacity="0.9"/></linearGradient></defs>`;
  out += `<circle cx="${r1(px)}" cy="${r1(py)}" r="${r1(pr)}" fill="url(#planet)"/>`;
  out += `<ellipse cx="${r1(px)}" cy="${r1(py)}" rx="${r1(pr * 1.9)}" ry="${r1(pr * 0.38)}" fill="none" stroke="${p.light}" stroke-width="8" opacity="0.7" transform="rotate(-14 ${r1(px)} ${r1(py)})"/>`;
  const cx = px > 800 ? 300 : 1300;
  return (
    out +
    `<path d="M${cx - 260} 40 L${cx} 200 L${cx - 290} 70 Z" fill="url(#tail)"/><circle cx="${cx}" cy="200" r="14" fill="${p.light}"/>`
  );
}

function parliament(rng: Rng, p: Palette): string {
  let out = skyGradient(p) + sun(rng, p, 200, 80);
  const left = 330;
  const right = 1270;
  out += `<path d="M${left - 40} 330 L800 170 L${right + 40} 330 Z" fill="${p.light}"/><path d="M${left} 318 L800 200 L${right} 318 Z" fill="${p.far}" opacity="0.35"/>`;
  out += `<rect x="${left - 40}" y="330" width="${right - left + 80}" height="36" fill="${p.light}"/>`;
  for (let x = left; x <= right - 60; x += 105) {
    out += `<rect x="${x}" y="366" width="60" height="300" fill="${p.light}"/><rect x="${x + 12}" y="366" width="8" height="300" fill="${p.far}" opacity="0.25"/>`;
  }
  for (let i = 0; i < 4; i++)
    out += `<rect x="${left - 80 - i * 40}" y="${666 + i * 30}" width="${right - left + 160 + i * 80}" height="30" fill="${p.light}" opacity="${1 - i * 0.12}"/>`;
  out += `<rect y="786" width="${W}" height="${H - 786}" fill="${p.ink}"/>`;
  return (
    out +
    `<rect x="798" y="60" width="5" height="120" fill="${p.ink}"/><path d="M803 62 L900 80 L803 100 Z" fill="${pick(rng, p.pops)}"/>`
  );
}

function stage(rng: Rng, p: Palette): string {
  let out = `<rect width="${W}" height="${H}" fill="${p.ink}"/>`;
  out += `<defs><linearGradient id="beam" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.light}" stop-opacity="0.55"/><stop offset="1" stop-color="${p.light}" stop-opacity="0"/></linearGradient></defs>`;
  for (let i = 0; i < 5; i++) {
    const x = 200 + i * 300 + between(rng, -40, 40);
    const spread = between(rng, 160, 320);
    out += `<path d="M${r1(x)} 0 L${r1(x - spread)} 760 L${r1(x + spread)} 760 Z" fill="url(#beam)"/>`;
  }
  for (let i = 0; i < 64; i++) {
    const h = between(rng, 20, 260) * Math.sin((i / 64) * Math.PI);
    out += `<rect x="${r1(i * 25 + 2)}" y="${r1(760 - h)}" width="18" height="${r1(h)}" rx="4" fill="${pick(rng, p.pops)}" opacity="0.85"/>`;
  }
  out += `<rect y="760" width="${W}" height="140" fill="${p.far}"/>`;
  for (let i = 0; i < 30; i++)
    out += `<circle cx="${r1(between(rng, 0, W))}" cy="${r1(between(rng, 830, 940))}" r="${r1(between(rng, 34, 52))}" fill="${p.ink}"/>`;
  return out;
}

function books(rng: Rng, p: Palette): string {
  let out = skyGradient(p);
  for (const shelf of [300, 580, 860]) {
    let x = 60;
    while (x < W - 80) {
      const w = int(rng, 26, 64);
      const h = int(rng, 170, 250);
      const lean = rng() < 0.06 ? int(rng, -12, 12) : 0;
      const fill = pick(rng, [...p.pops, p.ink, p.far]);
      out += `<g transform="rotate(${lean} ${x} ${shelf})"><rect x="${x}" y="${shelf - h}" width="${w}" height="${h}" fill="${fill}"/><rect x="${x + 4}" y="${shelf - h + 24}" width="${w - 8}" height="6" fill="${p.light}" opacity="0.6"/></g>`;
      x += w + int(rng, 2, 6);
      if (rng() < 0.05) x += 70;
    }
    out += `<rect x="30" y="${shelf}" width="${W - 60}" height="22" fill="${p.ink}"/>`;
  }
  return out;
}

function cells(rng: Rng, p: Palette): string {
  let out = `<defs><radialGradient id="bg" cx="0.5" cy="0.5" r="0.8"><stop offset="0" stop-color="${p.skyBottom}"/><stop offset="1" stop-color="${p.skyTop}"/></radialGradient></defs><rect width="${W}" height="${H}" fill="url(#bg)"/>`;
  for (let i = 0; i < 26; i++) {
    const x = between(rng, 0, W);
    const y = between(rng, 0, H);
    const r = between(rng, 40, 140);
    const fill = pick(rng, p.pops);
    out += `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(r)}" fill="${fill}" opacity="0.35" stroke="${p.light}" stroke-width="4"/><circle cx="${r1(x + r * 0.2)}" cy="${r1(y - r * 0.15)}" r="${r1(r * 0.32)}" fill="${p.ink}" opacity="0.55"/>`;
  }
  return out;
}

function turbine(x: number, base: number, height: number, angle: number, colour: string): string {
  const hub = base - height;
  const blade = height * 0.45;
  let out = `<path d="M${x - 7} ${base} L${x - 3} ${hub} L${x + 3} ${hub} L${x + 7} ${base} Z" fill="${colour}"/>`;
  for (let i = 0; i < 3; i++) {
    out += `<path d="M${x} ${hub} l-6 -10 l6 ${r1(-blade)} l6 ${r1(blade - 10)} z" fill="${colour}" transform="rotate(${r1(angle + i * 120)} ${x} ${hub})"/>`;
  }
  return out + `<circle cx="${x}" cy="${hub}" r="9" fill="${colour}"/>`;
}

function windfarm(rng: Rng, p: Palette): string {
  let out = skyGradient(p) + sun(rng, p, between(rng, 180, 280));
  out += `<rect y="600" width="${W}" height="${H - 600}" fill="${p.far}"/>`;
  for (let i = 0; i < 9; i++) {
    const depth = i / 8;
    out += turbine(
      int(rng, 80, W - 80),
      600 + depth * 170,
      160 + depth * 260,
      between(rng, 0, 120),
      depth > 0.5 ? p.light : p.accent,
    );
  }
  for (let i = 0; i < 3; i++) out += waveBand(rng, 700 + i * 60, p.ink, 10, 0.3 + i * 0.2);
  return out;
}

function sails(rng: Rng, p: Palette): string {
  let out = skyGradient(p) + sun(rng, p, 180, 70);
  out += waveBand(rng, 560, p.far, 10, 0.9);
  for (let i = 0; i < 6; i++) {
    const x = 120 + i * 250 + between(rng, -40, 40);
    const y = 560 + between(rng, -10, 60) + i * 8;
    const s = between(rng, 0.7, 1.25);
    out += `<path d="M${r1(x)} ${r1(y)} l${r1(160 * s)} 0 l${r1(-24 * s)} ${r1(30 * s)} l${r1(-116 * s)} 0 z" fill="${p.ink}"/>`;
    out += `<path d="M${r1(x + 70 * s)} ${r1(y - 6)} l0 ${r1(-260 * s)} l${r1(80 * s)} ${r1(240 * s)} z" fill="${pick(rng, [p.light, ...p.pops])}"/>`;
    out += `<path d="M${r1(x + 64 * s)} ${r1(y - 12)} l0 ${r1(-220 * s)} l${r1(-70 * s)} ${r1(210 * s)} z" fill="${p.light}" opacity="0.8"/>`;
  }
  out += waveBand(rng, 640, p.ink, 16, 0.6);
  return out + waveBand(rng, 760, p.ink, 20, 0.85);
}

function bicycle(x: number, y: number, colour: string): string {
  return (
    `<g fill="none" stroke="${colour}" stroke-width="8" stroke-linejoin="round" stroke-linecap="round">` +
    `<circle cx="${x}" cy="${y}" r="62"/><circle cx="${x + 190}" cy="${y}" r="62"/>` +
    `<path d="M${x} ${y} L${x + 70} ${y - 100} L${x + 170} ${y - 100} L${x + 190} ${y} M${x} ${y} L${x + 95} ${y} L${x + 70} ${y - 100} M${x + 95} ${y} L${x + 170} ${y - 100} M${x + 55} ${y - 120} L${x + 90} ${y - 120} M${x + 170} ${y - 100} L${x + 160} ${y - 140} L${x + 190} ${y - 146}"/></g>` +
    `<circle cx="${x + 110}" cy="${y - 220}" r="26" fill="${colour}"/><path d="M${x + 70} ${y - 112} L${x + 105} ${y - 190} L${x + 165} ${y - 140}" stroke="${colour}" stroke-width="22" fill="none" stroke-linecap="round"/>`
  );
}

function cycling(rng: Rng, p: Palette): string {
  let out = skyGradient(p) + sun(rng, p, 200, 90);
  out += ridge(rng, 560, 220, p.far, 0.7);
  out += `<path d="M0 640 Q800 560 1600 660 L1600 900 L0 900 Z" fill="${p.ink}" opacity="0.9"/>`;
  out += `<path d="M0 760 Q800 700 1600 780" stroke="${p.light}" stroke-width="6" stroke-dasharray="40 30" fill="none" opacity="0.7"/>`;
  for (let i = 0; i < 4; i++)
    out += bicycle(140 + i * 360 + int(rng, -30, 30), 730 + int(rng, -20, 20), pick(rng, p.pops));
  return out;
}

function fish(rng: Rng, p: Palette): string {
  let out = `<defs><linearGradient id="sea" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.skyBottom}"/><stop offset="1" stop-color="${p.ink}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#sea)"/>`;
  out += `<rect width="${W}" height="150" fill="${p.light}" opacity="0.35"/>`;
  out += `<path d="M560 150 l420 0 l-40 50 l-340 0 z" fill="${p.ink}"/><rect x="640" y="90" width="110" height="60" fill="${p.ink}"/>`;
  out += `<path d="M600 200 C 700 500, 1000 520, 1100 260" stroke="${p.light}" stroke-width="3" fill="none" opacity="0.6" stroke-dasharray="10 10"/>`;
  for (let i = 0; i < 34; i++) {
    const x = between(rng, 40, W - 40);
    const y = between(rng, 300, H - 40);
    const s = between(rng, 0.5, 1.3);
    const dir = rng() < 0.5 ? 1 : -1;
    out += `<g transform="translate(${r1(x)} ${r1(y)}) scale(${r1(s * dir)} ${r1(s)})" fill="${pick(rng, p.pops)}" opacity="0.85"><ellipse rx="48" ry="18"/><path d="M-44 0 l-30 -20 l0 40 z"/></g>`;
  }
  for (let i = 0; i < 30; i++)
    out += `<circle cx="${r1(between(rng, 0, W))}" cy="${r1(between(rng, 200, H))}" r="${r1(between(rng, 3, 10))}" fill="none" stroke="${p.light}" stroke-width="2" opacity="0.5"/>`;
  return out;
}

function track(rng: Rng, p: Palette): string {
  let out = `<rect width="${W}" height="${H}" fill="${p.far}"/>`;
  const lanes = 8;
  for (let i = lanes; i >= 0; i--) {
    out += `<ellipse cx="${W / 2}" cy="${H + 200}" rx="${700 + i * 70}" ry="${420 + i * 60}" fill="${i === 0 ? "#3a8f47" : "#b5473a"}" stroke="#ffffff" stroke-width="5"/>`;
  }
  out += `<rect x="${W / 2 - 6}" y="0" width="12" height="260" fill="#ffffff"/>`;
  for (let i = 0; i < 3; i++) {
    const x = 450 + i * 300 + int(rng, -40, 40);
    const y = 300 + i * 50;
    out += `<g fill="${p.ink}"><circle cx="${x}" cy="${y - 150}" r="24"/><path d="M${x} ${y - 125} L${x - 15} ${y - 40} L${x - 70} ${y + 20} M${x - 15} ${y - 40} L${x + 40} ${y - 10} L${x + 30} ${y + 40} M${x - 5} ${y - 110} L${x + 50} ${y - 80} M${x - 5} ${y - 110} L${x - 60} ${y - 90}" stroke="${p.ink}" stroke-width="18" stroke-linecap="round" fill="none"/></g>`;
  }
  return out;
}

function strata(rng: Rng, p: Palette): string {
  let out = `<rect width="${W}" height="${H}" fill="${p.skyBottom}"/>`;
  const bands = [p.skyTop, p.far, p.pops[1] ?? p.far, p.ink, p.pops[0] ?? p.far, p.ink];
  bands.forEach((fill, i) => {
    out += waveBand(rng, 120 + i * 130, fill, 18, 0.9);
  });
  // a wooden hull lying in the mud: gunwale, keel and the ribs between them
  const cx = 800;
  const top = 470;
  const depth = 230;
  out += `<path d="M${cx - 540} ${top} Q${cx} ${top + 40} ${cx + 540} ${top} Q${cx} ${top + depth * 2} ${cx - 540} ${top} Z" fill="${p.ink}" opacity="0.55"/>`;
  for (let i = -8; i <= 8; i++) {
    const x = cx + i * 60;
    const t = (x - (cx - 540)) / 1080;
    const y1 = top + 80 * t * (1 - t);
    const y2 = top + 4 * depth * t * (1 - t);
    out += `<path d="M${x} ${r1(y1)} L${x} ${r1(y2 - 4)}" stroke="${p.accent}" stroke-width="12" stroke-linecap="round" opacity="0.9"/>`;
  }
  out += `<path d="M${cx - 540} ${top} Q${cx} ${top + 40} ${cx + 540} ${top}" stroke="${p.light}" stroke-width="14" fill="none"/>`;
  out += `<path d="M${cx - 540} ${top} Q${cx} ${top + depth * 2} ${cx + 540} ${top}" stroke="${p.light}" stroke-width="18" fill="none"/>`;
  for (let i = 0; i < 40; i++)
    out += `<circle cx="${r1(between(rng, 0, W))}" cy="${r1(between(rng, 200, H))}" r="${r1(between(rng, 3, 9))}" fill="${p.light}" opacity="0.5"/>`;
  return out;
}

function film(rng: Rng, p: Palette): string {
  let out = `<rect width="${W}" height="${H}" fill="${p.ink}"/>`;
  out += `<defs><linearGradient id="beam" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${p.light}" stop-opacity="0.7"/><stop offset="1" stop-color="${p.light}" stop-opacity="0"/></linearGradient></defs>`;
  out += `<path d="M0 420 L${W} 80 L${W} 820 Z" fill="url(#beam)" opacity="0.35"/>`;
  out += `<g transform="rotate(-12 800 450)"><rect x="-100" y="330" width="1900" height="260" fill="#111111"/>`;
  for (let x = -80; x < 1800; x += 60)
    out += `<rect x="${x}" y="345" width="30" height="22" rx="4" fill="${p.light}" opacity="0.8"/><rect x="${x}" y="553" width="30" height="22" rx="4" fill="${p.light}" opacity="0.8"/>`;
  for (let x = -60; x < 1800; x += 300)
    out += `<rect x="${x}" y="385" width="270" height="150" fill="${pick(rng, p.pops)}" opacity="0.9"/>`;
  return out + `</g>`;
}

function market(rng: Rng, p: Palette): string {
  let out = skyGradient(p);
  for (let i = 0; i < 5; i++) {
    const x = 40 + i * 310;
    const colour = pick(rng, p.pops);
    out += `<rect x="${x + 20}" y="430" width="240" height="300" fill="${p.ink}" opacity="0.8"/>`;
    for (let s = 0; s < 6; s++)
      out += `<path d="M${x + s * 46.7} 300 L${x + (s + 1) * 46.7} 300 L${x + (s + 1) * 46.7} 430 L${x + s * 46.7} 430 Z" fill="${s % 2 ? p.light : colour}"/>`;
    out += `<path d="M${x} 430 ${"q23.3 30 46.7 0 ".repeat(6).trim()}" fill="${colour}"/>`;
    for (let b = 0; b < 7; b++)
      out += `<circle cx="${x + 50 + b * 30}" cy="${560 + (b % 2) * 18}" r="14" fill="${pick(rng, p.pops)}"/>`;
  }
  out += `<path d="M0 120 Q400 220 800 130 T1600 140" stroke="${p.ink}" stroke-width="3" fill="none"/>`;
  for (let i = 0; i < 24; i++) {
    const x = i * 70 + 10;
    out += `<circle cx="${x}" cy="${r1(150 + Math.sin(i / 3.8) * 40)}" r="11" fill="${p.accent}"/>`;
  }
  return out + `<rect y="730" width="${W}" height="${H - 730}" fill="${p.far}"/>`;
}

function bridge(rng: Rng, p: Palette): string {
  let out = skyGradient(p) + sun(rng, p, 220, 80);
  out += `<rect y="620" width="${W}" height="${H - 620}" fill="${p.far}"/>`;
  out += `<rect x="0" y="560" width="${W}" height="26" fill="${p.ink}"/>`;
  for (const x of [420, 1180])
    out += `<rect x="${x - 22}" y="180" width="44" height="440" fill="${p.ink}"/><rect x="${x - 40}" y="300" width="80" height="16" fill="${p.ink}"/>`;
  out += `<path d="M0 380 Q210 560 420 180 Q800 620 1180 180 Q1390 560 1600 380" stroke="${p.ink}" stroke-width="8" fill="none"/>`;
  for (let x = 450; x < 1160; x += 36) {
    const t = (x - 420) / 760;
    const y = 180 + 4 * 220 * t * (1 - t);
    out += `<rect x="${x}" y="${r1(y)}" width="3" height="${r1(560 - y)}" fill="${p.ink}"/>`;
  }
  for (let i = 0; i < 30; i++)
    out += `<rect x="${r1(between(rng, 0, W))}" y="${r1(between(rng, 640, H))}" width="${r1(between(rng, 40, 140))}" height="3" fill="${p.light}" opacity="0.4"/>`;
  return out;
}

function flood(rng: Rng, p: Palette): string {
  let out = skyGradient(p);
  const water = 560;
  for (let i = 0; i < 7; i++) {
    const x = 60 + i * 220 + int(rng, -20, 20);
    const w = int(rng, 140, 180);
    const top = water - int(rng, 120, 200);
    out += `<rect x="${x}" y="${top}" width="${w}" height="${water - top + 60}" fill="${pick(rng, p.pops)}"/><path d="M${x - 14} ${top} L${x + w / 2} ${top - 80} L${x + w + 14} ${top} Z" fill="${p.ink}"/><rect x="${x + 24}" y="${top + 30}" width="34" height="40" fill="${p.light}" opacity="0.8"/>`;
  }
  out += `<rect y="${water}" width="${W}" height="${H - water}" fill="${p.far}" opacity="0.92"/>`;
  for (let i = 0; i < 50; i++)
    out += `<rect x="${r1(between(rng, 0, W))}" y="${r1(between(rng, water + 10, H))}" width="${r1(between(rng, 50, 200))}" height="4" fill="${p.light}" opacity="0.35"/>`;
  for (let i = 0; i < 120; i++) {
    const x = between(rng, 0, W);
    const y = between(rng, 0, water);
    out += `<path d="M${r1(x)} ${r1(y)} l-8 26" stroke="${p.light}" stroke-width="2" opacity="0.45"/>`;
  }
  return out;
}

function coral(rng: Rng, p: Palette): string {
  let out = `<defs><linearGradient id="sea" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.skyBottom}"/><stop offset="1" stop-color="${p.skyTop}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#sea)"/>`;
  const branch = (x: number, y: number, len: number, angle: number, depth: number, colour: string): string => {
    const x2 = x + Math.cos(angle) * len;
    const y2 = y + Math.sin(angle) * len;
    let s = `<path d="M${r1(x)} ${r1(y)} L${r1(x2)} ${r1(y2)}" stroke="${colour}" stroke-width="${depth * 5 + 4}" stroke-linecap="round"/>`;
    if (depth > 0) {
      s += branch(x2, y2, len * 0.75, angle - between(rng, 0.2, 0.6), depth - 1, colour);
      s += branch(x2, y2, len * 0.75, angle + between(rng, 0.2, 0.6), depth - 1, colour);
    }
    return s;
  };
  for (let i = 0; i < 6; i++)
    out += branch(150 + i * 260 + between(rng, -40, 40), H, between(rng, 110, 160), -Math.PI / 2, 4, pick(rng, p.pops));
  for (let i = 0; i < 40; i++)
    out += `<circle cx="${r1(between(rng, 0, W))}" cy="${r1(between(rng, 0, H))}" r="${r1(between(rng, 4, 14))}" fill="none" stroke="${p.light}" stroke-width="2" opacity="0.55"/>`;
  return out + `<rect y="${H - 40}" width="${W}" height="40" fill="${p.far}"/>`;
}

function birds(rng: Rng, p: Palette): string {
  let out = skyGradient(p) + sun(rng, p, 260, 110);
  out += `<path d="M0 520 L260 480 L420 560 L600 540 L760 620 L760 900 L0 900 Z" fill="${p.ink}"/>`;
  out += `<rect x="760" y="640" width="${W - 760}" height="${H - 640}" fill="${p.far}"/>`;
  for (let i = 0; i < 14; i++) {
    const x = between(rng, 500, 1500);
    const y = between(rng, 120, 520);
    const s = between(rng, 0.5, 1.6);
    out += `<path d="M${r1(x - 60 * s)} ${r1(y - 14 * s)} Q${r1(x - 26 * s)} ${r1(y - 34 * s)} ${r1(x)} ${r1(y)} Q${r1(x + 26 * s)} ${r1(y - 34 * s)} ${r1(x + 60 * s)} ${r1(y - 14 * s)}" stroke="${p.ink}" stroke-width="${r1(6 * s)}" fill="none" stroke-linecap="round"/>`;
  }
  return out;
}

export const MOTIFS = {
  skyline: { shows: "a city skyline with lit windows", draw: skyline },
  harbour: { shows: "container cranes and a laden cargo ship at a quay", draw: harbour },
  waves: { shows: "rolling ocean waves with a small sailing boat", draw: waves },
  chart: { shows: "a bar chart with a rising trend line", draw: chart },
  stadium: { shows: "a floodlit football stadium with a striped pitch", draw: stadium },
  leaves: { shows: "scattered leaves", draw: leaves },
  mountains: { shows: "layered mountain ridges", draw: mountains },
  river: { shows: "a river winding through wooded hills", draw: river },
  rail: { shows: "railway tracks running to the horizon beneath overhead wires", draw: rail },
  circuit: { shows: "glowing nodes joined by circuit lines", draw: circuit },
  space: { shows: "a ringed planet, stars and a comet", draw: space },
  parliament: { shows: "a columned parliament building with a flag", draw: parliament },
  stage: { shows: "stage spotlights above a crowd and sound-level bars", draw: stage },
  books: { shows: "shelves of colourful books", draw: books },
  cells: { shows: "magnified cells", draw: cells },
  windfarm: { shows: "wind turbines standing at sea", draw: windfarm },
  sails: { shows: "a fleet of sailing dinghies on choppy water", draw: sails },
  cycling: { shows: "racing cyclists on a mountain road", draw: cycling },
  fish: { shows: "a fishing boat above a shoal of fish", draw: fish },
  track: { shows: "sprinters on a curved running track", draw: track },
  strata: { shows: "the ribs of an old wooden hull in layers of mud", draw: strata },
  film: { shows: "a strip of film crossing a projector beam", draw: film },
  market: { shows: "market stalls with striped awnings under strings of lights", draw: market },
  bridge: { shows: "a suspension bridge over a river", draw: bridge },
  flood: { shows: "houses standing in flood water under rain", draw: flood },
  coral: { shows: "branching corals and bubbles underwater", draw: coral },
  birds: { shows: "large birds gliding over a coastal cliff", draw: birds },
} as const satisfies Record<string, Motif>;

export type MotifName = keyof typeof MOTIFS;

export interface SceneSpec {
  motif: MotifName;
  palette: PaletteName;
  /** Varies the composition between two pictures of the same motif. */
  seed: string;
}

/** Alt text for a scene: what it shows, in which colours. */
export function sceneAlt(spec: Pick<SceneSpec, "motif" | "palette">): string {
  return `Illustration of ${MOTIFS[spec.motif].shows}, in ${PALETTES[spec.palette].words}`;
}

export function sceneSvg(spec: SceneSpec): string {
  const body = MOTIFS[spec.motif].draw(randomFrom(`${spec.motif}:${spec.seed}`), PALETTES[spec.palette]);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`;
}

/** A 1600×900 JPEG of the scene. */
export async function renderScene(spec: SceneSpec): Promise<Buffer> {
  return sharp(Buffer.from(sceneSvg(spec)))
    .jpeg({ quality: 86 })
    .toBuffer();
}

// --- portraits -----------------------------------------------------------------------------

const SKIN = ["#f6d7c3", "#eac0a0", "#d19a72", "#a86f4c", "#7a4b2e", "#4e2f1d"] as const;
const HAIR = ["#1c1410", "#3b2a20", "#6b4a2e", "#a87b4f", "#d9b77e", "#9a9a9a", "#b5482f"] as const;
const HAIR_STYLES = ["short", "long", "bun", "curly", "cropped"] as const;

export type PortraitSpec =
  | { kind: "person"; seed: string; palette: PaletteName; glasses?: boolean }
  | { kind: "globe"; palette: PaletteName }
  | { kind: "monogram"; palette: PaletteName };

function personSvg(spec: Extract<PortraitSpec, { kind: "person" }>): string {
  const rng = randomFrom(`portrait:${spec.seed}`);
  const p = PALETTES[spec.palette];
  const skin = pick(rng, SKIN);
  const hair = pick(rng, HAIR);
  const style = pick(rng, HAIR_STYLES);
  const coat = pick(rng, p.pops);
  let back = "";
  let front = "";
  if (style === "long")
    back = `<path d="M190 250 Q180 120 300 110 Q420 120 410 250 L420 430 L180 430 Z" fill="${hair}"/>`;
  if (style === "bun") back = `<circle cx="300" cy="115" r="48" fill="${hair}"/>`;
  if (style === "curly") {
    for (let a = 0; a < 12; a++) {
      const angle = Math.PI + (a / 11) * Math.PI;
      back += `<circle cx="${r1(300 + Math.cos(angle) * 105)}" cy="${r1(235 + Math.sin(angle) * 112)}" r="42" fill="${hair}"/>`;
    }
  }
  if (style !== "cropped")
    front = `<path d="M202 232 Q205 130 300 128 Q395 130 398 232 Q350 180 300 176 Q240 178 202 232 Z" fill="${hair}"/>`;
  else
    front = `<path d="M210 210 Q230 138 300 136 Q370 138 390 210 Q300 168 210 210 Z" fill="${hair}" opacity="0.85"/>`;
  const glasses = spec.glasses
    ? `<g fill="none" stroke="${p.ink}" stroke-width="7"><circle cx="262" cy="255" r="30"/><circle cx="338" cy="255" r="30"/><path d="M292 255 L308 255"/></g>`
    : "";
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PORTRAIT_SIZE}" height="${PORTRAIT_SIZE}" viewBox="0 0 600 600">` +
    `<defs><radialGradient id="bg" cx="0.5" cy="0.4" r="0.75"><stop offset="0" stop-color="${p.skyBottom}"/><stop offset="1" stop-color="${p.skyTop}"/></radialGradient></defs>` +
    `<rect width="600" height="600" fill="url(#bg)"/>${back}` +
    `<path d="M90 600 Q100 430 300 420 Q500 430 510 600 Z" fill="${coat}"/>` +
    `<path d="M262 330 L338 330 L334 430 Q300 452 266 430 Z" fill="${skin}"/>` +
    `<path d="M240 424 L300 500 L360 424" fill="none" stroke="${p.light}" stroke-width="14" stroke-linejoin="round"/>` +
    `<ellipse cx="300" cy="250" rx="100" ry="118" fill="${skin}"/>${front}${glasses}</svg>`
  );
}

function globeSvg(p: Palette): string {
  let lines = "";
  for (const rx of [40, 85, 125]) lines += `<ellipse cx="300" cy="300" rx="${rx}" ry="170"/>`;
  for (const y of [-110, -55, 0, 55, 110]) {
    const half = Math.sqrt(170 ** 2 - y ** 2);
    lines += `<path d="M${r1(300 - half)} ${300 + y} L${r1(300 + half)} ${300 + y}"/>`;
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PORTRAIT_SIZE}" height="${PORTRAIT_SIZE}" viewBox="0 0 600 600">` +
    `<rect width="600" height="600" fill="${p.skyTop}"/><circle cx="300" cy="300" r="170" fill="${p.far}"/>` +
    `<g fill="none" stroke="${p.light}" stroke-width="9">${lines}<circle cx="300" cy="300" r="170"/></g>` +
    `<path d="M300 90 L318 130 L300 122 L282 130 Z" fill="${p.accent}"/></svg>`
  );
}

function monogramSvg(p: Palette): string {
  // A bold "D" drawn as a path, with three column rules beside it: the desk's mark.
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PORTRAIT_SIZE}" height="${PORTRAIT_SIZE}" viewBox="0 0 600 600">` +
    `<rect width="600" height="600" fill="${p.skyTop}"/>` +
    `<path d="M120 130 L250 130 A170 170 0 0 1 250 470 L120 470 Z M190 200 L190 400 L245 400 A100 100 0 0 0 245 200 Z" fill="${p.light}" fill-rule="evenodd"/>` +
    `<rect x="440" y="140" width="60" height="16" fill="${p.accent}"/><rect x="440" y="200" width="60" height="16" fill="${p.light}"/>` +
    `<rect x="440" y="260" width="60" height="16" fill="${p.light}"/><rect x="440" y="320" width="60" height="16" fill="${p.light}"/>` +
    `<rect x="440" y="380" width="60" height="16" fill="${p.light}"/><rect x="440" y="440" width="40" height="16" fill="${p.light}"/></svg>`
  );
}

export function portraitSvg(spec: PortraitSpec): string {
  if (spec.kind === "person") return personSvg(spec);
  return spec.kind === "globe" ? globeSvg(PALETTES[spec.palette]) : monogramSvg(PALETTES[spec.palette]);
}

/** A 600×600 JPEG portrait (an illustrated head and shoulders, or an organisation's mark). */
export async function renderPortrait(spec: PortraitSpec): Promise<Buffer> {
  return sharp(Buffer.from(portraitSvg(spec)))
    .jpeg({ quality: 88 })
    .toBuffer();
}
