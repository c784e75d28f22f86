import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';
import type { Measured } from './measure';
import config, { OUT_DIR, PAGES } from './vite.config';
import { EVENTS_PER_WEEK } from './week';

/**
 * `npm run bench:peers`: the same 1,000-event week drawn by the plain-DOM bound, bare
 * FullCalendar 6, FullCalendar 7 and Frontdesk's WeekCalendar, interleaved run by run (A B C D,
 * A B C D, …) at two viewports, a fresh page each run. Any failed run fails the command.
 */
const ROUNDS = Number(process.env.PEERS_ROUNDS ?? 5);
const TIMEOUT_MS = 60_000;
const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
const LABELS: Record<(typeof PAGES)[number], string> = {
  bound: 'plain-DOM bound',
  fc6: 'FullCalendar 6.1 (bare)',
  fc7: 'FullCalendar 7.1 (bare)',
  frontdesk: 'Frontdesk WeekCalendar',
};
const FIGURES = ['first paint', 'next week'] as const;
type Figure = (typeof FIGURES)[number];

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/** Pages served over http: Chromium will not run module scripts from file://. */
function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(join(OUT_DIR, new URL(req.url ?? '/', 'http://x').pathname));
    void stat(path).then(
      (s) => {
        if (!path.startsWith(OUT_DIR) || !s.isFile()) throw new Error('not found');
        res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
        createReadStream(path).pipe(res);
      },
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function runOnce(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
): Promise<Record<Figure, Measured>> {
  const page = await browser.newPage({ viewport });
  const errors: Error[] = [];
  page.on('pageerror', (e) => errors.push(e));
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.peer !== undefined && window.measurePeer !== undefined);
    const step = (action: 'mount' | 'show', week: number) =>
      page.evaluate(
        (args) => {
          if (!window.measurePeer) throw new Error('no probe');
          return window.measurePeer(args);
        },
        { action, week, expected: EVENTS_PER_WEEK, timeoutMs: TIMEOUT_MS },
      );
    const paint = await step('mount', 0);
    // Warm: the first switch compiles and caches what navigation needs; the second is timed.
    await step('show', 1);
    const next = await step('show', 2);
    if (errors.length) throw errors[0];
    return { 'first paint': paint, 'next week': next };
  } finally {
    await page.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};
const ms = (x: number) => `${Math.round(x)}`;
const ratio = (x: number, of: number) => `${(x / of).toFixed(2)}×`;

async function main() {
  if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error(`PEERS_ROUNDS must be ≥ 1`);
  await build({ configFile: false, ...config });
  const server = await serve();
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const samples = new Map<string, Measured[]>();
  const loads: number[] = [];
  const key = (page: string, vw: number, figure: Figure) => `${page}|${vw}|${figure}`;
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      for (const viewport of VIEWPORTS) {
        for (const page of PAGES) {
          loads.push(loadavg()[0] ?? 0);
          const url = `http://127.0.0.1:${port}/${page}.html`;
          const result = await runOnce(browser, url, viewport).catch((err: unknown) => {
            throw new Error(`${LABELS[page]} at ${viewport.width}, round ${round}: ${String(err)}`);
          });
          for (const figure of FIGURES) {
            const k = key(page, viewport.width, figure);
            samples.set(k, [...(samples.get(k) ?? []), result[figure]]);
          }
        }
      }
      console.log(`round ${round}/${ROUNDS} done (load ${loadavg()[0]?.toFixed(2)})`);
    }
  } finally {
    await browser.close();
    server.close();
  }

  const [one, five, fifteen] = loadavg().map((l) => l.toFixed(2));
  console.log(
    `\nbench:peers, ${new Date().toISOString().slice(0, 16)}Z: ${EVENTS_PER_WEEK} events Mon–Fri, ` +
      `${ROUNDS} interleaved rounds, ms as median (min–max, n). 1-min load during the runs ` +
      `${median(loads).toFixed(2)} (${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}); ` +
      `at the end ${one} / ${five} / ${fifteen}.\n`,
  );
  console.log(
    '| viewport | figure | library | ms | × bound | × Frontdesk | of which probe ms | deferred |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const viewport of VIEWPORTS) {
    for (const figure of FIGURES) {
      const all = (page: string) => samples.get(key(page, viewport.width, figure)) ?? [];
      const med = (page: string) => median(all(page).map((m) => m.ms));
      for (const page of PAGES) {
        const xs = all(page).map((m) => m.ms);
        const m = median(xs);
        console.log(
          `| ${viewport.width}×${viewport.height} | ${figure} | ${LABELS[page]} | ` +
            `${ms(m)} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))}, ${xs.length}) | ` +
            `${ratio(m, med('bound'))} | ${ratio(m, med('frontdesk'))} | ` +
            `${ms(median(all(page).map((r) => r.probeMs)))} | ` +
            `${Math.max(...all(page).map((r) => r.deferred))} |`,
        );
      }
    }
  }
}

main().catch((err: unknown) => {
  console.error(`bench:peers FAILED: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
