/**
 * Owns the PNG icons in resources/icons/: renders icon.svg with Debian Chromium
 * (transparent background) to the app icon sizes and to the tray icons, in
 * three states: running (the mark), break due (the mark with an amber dot) and
 * paused (the mark on a muted grey disc).
 * Run with `npx tsx scripts/make-icons.ts` after changing icon.svg, then look at the PNGs.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../tests/chromium';

const ICONS_DIR = fileURLToPath(new URL('../resources/icons/', import.meta.url));

// Tray icons sit on light and dark panels at 16–32 px: a full-bleed disc and a
// thicker strand (and wider over/under gap) keep the loop open and legible.
const TRAY_STYLE = '.disc { r: 512px; } .strand { stroke-width: 112px; } .gap { stroke-width: 164px; }';

// Paused: the same mark on a muted grey disc (the over/under gap takes the disc's colour too).
const PAUSED_STYLE = `${TRAY_STYLE} .disc { fill: #8a9196; } .gap { stroke: #8a9196; }`;
// Break due: an amber dot at the top right, ringed in white so it stays apart from the disc on any panel.
const DUE_BADGE = '<circle cx="832" cy="192" r="176" fill="#f2a516" stroke="#ffffff" stroke-width="48" />';

const OUTPUTS: ReadonlyArray<{ file: string; size: number; style: string; badge?: string }> = [
  { file: 'icon.png', size: 1024, style: '' },
  { file: '512x512.png', size: 512, style: '' },
  { file: '256x256.png', size: 256, style: '' },
  { file: 'tray.png', size: 32, style: TRAY_STYLE },
  { file: 'tray@2x.png', size: 64, style: TRAY_STYLE },
  { file: 'tray-due.png', size: 32, style: TRAY_STYLE, badge: DUE_BADGE },
  { file: 'tray-due@2x.png', size: 64, style: TRAY_STYLE, badge: DUE_BADGE },
  { file: 'tray-paused.png', size: 32, style: PAUSED_STYLE },
  { file: 'tray-paused@2x.png', size: 64, style: PAUSED_STYLE },
];

/** The icon with an extra mark drawn last (on top), inside the same 1024 viewBox. */
function withBadge(svg: string, badge: string | undefined): string {
  if (!badge) return svg;
  const end = svg.lastIndexOf('</svg>');
  if (end < 0) throw new Error('icon.svg has no closing </svg>');
  return `${svg.slice(0, end)}  ${badge}\n${svg.slice(end)}`;
}

/** Width and height from a PNG's IHDR chunk, to prove each file came out at its size. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function main(): Promise<void> {
  const svg = await readFile(path.join(ICONS_DIR, 'icon.svg'), 'utf8');
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  try {
    for (const { file, size, style, badge } of OUTPUTS) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(
        `<!doctype html><style>html, body { margin: 0; background: transparent; }
          svg { display: block; width: 100vw; height: 100vh; } ${style}</style>${withBadge(svg, badge)}`,
      );
      const png = await page.screenshot({ path: path.join(ICONS_DIR, file), omitBackground: true });
      await page.close();
      const { width, height } = pngSize(png);
      if (width !== size || height !== size)
        throw new Error(`${file} came out ${width}×${height}, expected ${size}×${size}`);
      console.log(`wrote resources/icons/${file} (${size}×${size})`);
    }
  } finally {
    await browser.close();
  }
}

await main();
