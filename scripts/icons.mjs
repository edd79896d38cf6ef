#!/usr/bin/env node
// Draws the app's icons (public/icons/*.png) from public/favicon.svg in Debian's Chromium: 192 and
// 512 px for the web app manifest, a 512 px maskable icon (the mark inside the central safe zone
// on a full square, since launchers cut it to their own shape) and the 180 px Apple touch icon.
// The PNGs are committed; run `npm run icons` after changing the favicon.
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';

const svg = readFileSync('public/favicon.svg', 'utf8');
const BACKGROUND = '#1d3a5f';

/** name, size in px, and how much of the square the mark fills. */
const ICONS = [
  { name: 'icon-192.png', size: 192, mask: false },
  { name: 'icon-512.png', size: 512, mask: false },
  // The safe zone of a maskable icon is the central circle of 80 % diameter.
  { name: 'icon-maskable-512.png', size: 512, mask: true },
  { name: 'apple-touch-icon.png', size: 180, mask: true },
];

if (!ensureChromium().ok) process.exit(1);
mkdirSync('public/icons', { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  for (const { name, size, mask } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inner = mask ? Math.round(size * 0.7) : size;
    await page.setContent(
      `<html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${mask ? BACKGROUND : 'transparent'}">` +
        `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body></html>`,
    );
    await page.screenshot({ path: `public/icons/${name}`, omitBackground: !mask });
    await page.close();
    console.log(`public/icons/${name}`);
  }
} finally {
  await browser.close();
}
