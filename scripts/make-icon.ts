// Renders build/icon.svg to build/icon.png (512×512), from which electron-builder derives the
// Windows .ico, the macOS .icns and the Linux icons. Run `npx tsx scripts/make-icon.ts` after
// editing the SVG.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const svg = readFileSync('build/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.setContent(`<body style="margin:0;background:transparent">${svg}</body>`);
await page.locator('svg').screenshot({ path: 'build/icon.png', omitBackground: true });
await browser.close();
console.log('wrote build/icon.png');
