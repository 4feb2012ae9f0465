/// <reference lib="dom" />
/**
 * Owns the PNG icons in resources/icons/: renders icon.svg with Debian Chromium
 * (transparent background) to the app icon sizes and to the tray icons, in
 * three states: running (the mark), break due (the mark with an amber dot) and
 * paused (the mark on a muted grey disc). macOS gets its own tray icons:
 * template images (16 pt at 1x and 2x, black with alpha only, names ending in
 * "Template"), which the menu bar tints for light, dark and highlighted states.
 * Run with `npx tsx scripts/make-icons.ts` after changing icon.svg, then look at the PNGs.
 */
import { readFile, writeFile } from 'node:fs/promises';
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

// macOS templates: the strand alone (no disc), black on white, turned into alpha in the page (white = clear).
// The over/under gap is white, so it becomes a real gap; "due" adds a dot ringed by a clear band; "paused"
// draws the strand grey, which becomes about half opacity (the menu bar shows it dimmed).
const TEMPLATE_STYLE =
  '.disc { fill: #ffffff; } .strand { stroke: #000000; stroke-width: 120px; } .gap { stroke: #ffffff; stroke-width: 176px; }';
const TEMPLATE_PAUSED_STYLE = `${TEMPLATE_STYLE} .strand { stroke: #8c8c8c; }`;
const TEMPLATE_DUE_BADGE = '<circle cx="832" cy="192" r="168" fill="#000000" stroke="#ffffff" stroke-width="72" />';
const TEMPLATE_OUTPUTS: ReadonlyArray<{ file: string; size: number; style: string; badge?: string }> = [
  { file: 'trayTemplate.png', size: 16, style: TEMPLATE_STYLE },
  { file: 'trayTemplate@2x.png', size: 32, style: TEMPLATE_STYLE },
  { file: 'tray-dueTemplate.png', size: 16, style: TEMPLATE_STYLE, badge: TEMPLATE_DUE_BADGE },
  { file: 'tray-dueTemplate@2x.png', size: 32, style: TEMPLATE_STYLE, badge: TEMPLATE_DUE_BADGE },
  { file: 'tray-pausedTemplate.png', size: 16, style: TEMPLATE_PAUSED_STYLE },
  { file: 'tray-pausedTemplate@2x.png', size: 32, style: TEMPLATE_PAUSED_STYLE },
];

/** The SVG with a <style> of its own, so it renders styled as an <img> (which takes no page CSS). */
function withStyle(svg: string, style: string): string {
  const open = svg.indexOf('>', svg.indexOf('<svg'));
  return `${svg.slice(0, open + 1)}<style>${style}</style>${svg.slice(open + 1)}`;
}

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
    for (const { file, size, style, badge } of TEMPLATE_OUTPUTS) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const source = `data:image/svg+xml;base64,${Buffer.from(withStyle(withBadge(svg, badge), style)).toString('base64')}`;
      const dataUrl = await page.evaluate(
        async ({ source, size }) => {
          const img = new Image();
          img.src = source;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = canvas.height = size;
          const ctx = canvas.getContext('2d')!;
          ctx.fillStyle = '#ffffff';
          ctx.fillRect(0, 0, size, size);
          ctx.drawImage(img, 0, 0, size, size);
          const pixels = ctx.getImageData(0, 0, size, size);
          for (let i = 0; i < pixels.data.length; i += 4) {
            const luminance = (pixels.data[i]! + pixels.data[i + 1]! + pixels.data[i + 2]!) / 3;
            pixels.data[i] = pixels.data[i + 1] = pixels.data[i + 2] = 0;
            pixels.data[i + 3] = 255 - Math.round(luminance);
          }
          ctx.putImageData(pixels, 0, 0);
          return canvas.toDataURL('image/png');
        },
        { source, size },
      );
      await page.close();
      const png = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
      const { width, height } = pngSize(png);
      if (width !== size || height !== size)
        throw new Error(`${file} came out ${width}×${height}, expected ${size}×${size}`);
      await writeFile(path.join(ICONS_DIR, file), png);
      console.log(`wrote resources/icons/${file} (${size}×${size}, template)`);
    }
  } finally {
    await browser.close();
  }
}

await main();
