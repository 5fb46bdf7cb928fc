/**
 * `npm test`: unit + integration tests (vitest, including the Redis-mode fault tests, which start
 * their own redis-server), then the client build and the end-to-end tests (Playwright +
 * /usr/bin/chromium). Ends with one line "N passed, N failed" summed over both.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const OUT = '.tmp/test-results';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Playwright cannot download browsers here: it needs Debian's chromium. Install it when missing (as root).
if (!existsSync(CHROMIUM)) {
  console.log(`test: ${CHROMIUM} not found; installing Debian's chromium with apt-get`);
  const ok = spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: 'inherit' }).status === 0;
  if (!ok) console.log('test: could not install chromium (run as root, or set CHROMIUM_PATH); end-to-end tests will fail');
}
// Redis-mode tests start their own redis-server (Debian's package) on a free port.
const hasRedis = spawnSync('sh', ['-c', 'command -v redis-server'], { stdio: 'ignore' }).status === 0;
if (!hasRedis) {
  console.log('test: redis-server not found; installing Debian\'s redis-server with apt-get');
  const ok = spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server'], { stdio: 'inherit' }).status === 0;
  if (!ok) console.log('test: could not install redis-server (run as root); Redis-mode tests will fail');
}
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const bin = (name: string) => join('node_modules', '.bin', name);
const run = (cmd: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

let passed = 0;
let failed = 0;
const problems: string[] = [];

// 1. vitest: unit and integration
const vitestJson = join(OUT, 'vitest.json');
const vitestCode = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTestSuites: number; testResults: { status: string; name: string }[] };
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  const brokenFiles = r.testResults.filter((f) => f.status === 'failed').length;
  if (r.numFailedTests === 0 && brokenFiles > 0) { failed += brokenFiles; problems.push(`${brokenFiles} test file(s) failed to load`); }
} else {
  failed += 1;
  problems.push(`vitest wrote no report (exit ${vitestCode})`);
}
if (vitestCode !== 0 && failed === 0) { failed += 1; problems.push(`vitest exited ${vitestCode}`); }

// 2. the client build, then Playwright
const buildCode = run(bin('vite'), ['build', '--logLevel', 'warn']);
if (buildCode !== 0) {
  failed += 1;
  problems.push('client build failed; end-to-end tests not run');
} else {
  const pwJson = join(OUT, 'playwright.json');
  const pwCode = run(bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
  if (existsSync(pwJson)) {
    const r = JSON.parse(readFileSync(pwJson, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number }; errors?: unknown[] };
    passed += r.stats.expected + r.stats.flaky;
    failed += r.stats.unexpected;
    if ((r.errors?.length ?? 0) > 0 && r.stats.unexpected === 0) { failed += 1; problems.push('playwright reported errors outside tests'); }
  } else {
    failed += 1;
    problems.push(`playwright wrote no report (exit ${pwCode})`);
  }
  if (pwCode !== 0 && failed === 0) { failed += 1; problems.push(`playwright exited ${pwCode}`); }
}

for (const p of problems) console.log(`note: ${p}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
