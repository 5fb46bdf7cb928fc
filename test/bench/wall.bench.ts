/**
 * `npm run bench:wall` — the wall in real Chromium (Playwright) under simulated traffic.
 * 1. Frame times: at WALL_RATE mentions/s (default 1,000), for the 1080p and the 4K viewport,
 *    median and p95 of the interval between animation frames and the count of long tasks
 *    (> 50 ms) over WALL_SECONDS (default 60) after a warm-up. Target: p95 <= 20 ms at 1080p,
 *    no long tasks after load.
 * 2. Memory: JS heap (after a forced GC) once warmed up and again after a long accelerated run
 *    (WALL_SIM_MINUTES of simulated time, default 30, at SIM_SPEED x). Target: under 10% growth.
 * Prints figures only. Options by environment: WALL_RATE, WALL_SECONDS, WALL_SIM_MINUTES, WALL_LAYOUT.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { startServer, type RunningServer } from '../e2e/server';

const RATE = Number(process.env.WALL_RATE ?? 1000);
const SECONDS = Number(process.env.WALL_SECONDS ?? 60);
const SIM_MINUTES = Number(process.env.WALL_SIM_MINUTES ?? 30);
const LAYOUT = process.env.WALL_LAYOUT ?? '';
const WARMUP_MS = 10_000;
const MEMORY_WARMUP_MS = 60_000;
/** Heap samples per measuring point (median), and the real time between them. */
const HEAP_SAMPLES = 3;
const HEAP_SAMPLE_GAP_MS = 5000;
const LONG_TASK_MS = 50;
const MEMORY_SPEED = 20; // simulated seconds per real second in the memory run
const MEMORY_RATE = 50; // mentions per simulated second in the memory run (1,000/s real)
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'];

const wallUrl = (s: RunningServer) => `${s.url}/wall${LAYOUT ? `/${LAYOUT}` : ''}`;
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN; };

async function frameTimes(browser: Browser, server: RunningServer, width: number, height: number) {
  const page = await browser.newPage({ viewport: { width, height } });
  // a string, not a function: tsx would wrap named functions in a __name() helper the page does not have
  await page.addInitScript(`
    window.__frames = []; window.__long = []; window.__measure = false;
    let last = 0;
    const loop = (t) => { if (window.__measure && last) window.__frames.push(t - last); last = t; requestAnimationFrame(loop); };
    requestAnimationFrame(loop);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (window.__measure && e.duration > ${LONG_TASK_MS}) window.__long.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
  `);
  await page.goto(wallUrl(server));
  await page.waitForTimeout(WARMUP_MS);
  await page.evaluate(() => { (window as unknown as { __measure: boolean }).__measure = true; });
  await page.waitForTimeout(SECONDS * 1000);
  const { frames, long } = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __long: number[] };
    return { frames: w.__frames, long: w.__long };
  });
  const received = await page.getByTestId('kpi-received-value').innerText().catch(() => '?');
  await page.close();
  return { frames: frames.length, median: pct(frames, 0.5), p95: pct(frames, 0.95), longTasks: long.length, longestTask: Math.max(0, ...long), received };
}

/** Median of a few heap readings after a forced GC: one reading can catch a frame's data in flight. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const sizes: number[] = [];
  for (let i = 0; i < HEAP_SAMPLES; i++) {
    if (i) await page.waitForTimeout(HEAP_SAMPLE_GAP_MS);
    await cdp.send('HeapProfiler.collectGarbage');
    sizes.push((await cdp.send('Runtime.getHeapUsage')).usedSize);
  }
  await cdp.detach();
  return pct(sizes, 0.5);
}

async function memory(browser: Browser) {
  const server = await startServer({ SOURCE: 'simulator', SIM_RATE: String(MEMORY_RATE), SIM_SPEED: String(MEMORY_SPEED), SIM_BACKFILL_MIN: '60' });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    page.on('crash', () => console.log('memory run: the page crashed'));
    page.on('pageerror', (e) => console.log(`memory run: page error ${e.message}`));
    await page.goto(wallUrl(server));
    // warm up until every window the wall shows is full of data (the backfill gives the first hour)
    await page.waitForTimeout(MEMORY_WARMUP_MS);
    const before = await heapAfterGc(page);
    const realMs = (SIM_MINUTES * 60_000) / MEMORY_SPEED;
    const half = await (async () => { await page.waitForTimeout(realMs / 2); return heapAfterGc(page); })();
    await page.waitForTimeout(realMs / 2);
    const after = await heapAfterGc(page);
    await page.close();
    return { before, half, after, growth: (after - before) / before, realMs };
  } finally {
    await server.stop();
  }
}

const MB = 2 ** 20;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
try {
  const server = await startServer({ SOURCE: 'simulator', SIM_RATE: String(RATE), SIM_BACKFILL_MIN: '60' });
  console.log(`wall bench: ${RATE.toLocaleString('en-US')} mentions/s simulated, ${SECONDS} s measured after ${WARMUP_MS / 1000} s warm-up, page ${wallUrl(server).replace(server.url, '')}`);
  console.log('| viewport | frames | median frame ms | p95 frame ms | long tasks (> 50 ms) | longest ms | received KPI at end |');
  console.log('|---|---|---|---|---|---|---|');
  try {
    for (const [w, h] of process.env.WALL_SKIP_FRAMES ? [] : [[1920, 1080], [3840, 2160]] as const) {
      const r = await frameTimes(browser, server, w, h);
      console.log(`| ${w}x${h} | ${r.frames} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.longTasks} | ${r.longestTask.toFixed(0)} | ${r.received} |`);
    }
  } finally {
    await server.stop();
  }
  if (process.env.WALL_SKIP_MEMORY) process.exit(0);
  const m = await memory(browser);
  console.log(`memory: JS heap after GC ${(m.before / MB).toFixed(1)} MiB after warm-up, ${(m.half / MB).toFixed(1)} MiB half-way, ${(m.after / MB).toFixed(1)} MiB after ${SIM_MINUTES} simulated minutes `
    + `(${(m.realMs / 1000).toFixed(0)} s real at ${MEMORY_SPEED}x, ${MEMORY_RATE}/s simulated): growth ${(m.growth * 100).toFixed(1)}% (target < 10%)`);
} finally {
  await browser.close();
}
