/**
 * Page-level benchmark: the hostile fixture pages (tests/fixtures/hostile/) in a
 * Chromium without Parallax and one with the built extension, alternating, in
 * the same run. Prints per-page medians and with/without ratios.
 *
 *   npm run build && npm run bench:page [-- --rounds 3]
 *
 * PARALLAX_EXT_DIR=<dir> measures another build (e.g. an older one).
 */
import { measureMillion, measureStorm, measureTicking, medians, serveHostile, withBoth } from '../tests/e2e/hostile/measure';

const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 3;

const server = await serveHostile();
try {
  const pages = [
    ['million.html (1,000,000 words)', (c: Parameters<typeof measureMillion>[0]) => measureMillion(c, server.url)],
    ['storm.html (10,000 mutations/s, 3,000 paragraphs)', (c: Parameters<typeof measureStorm>[0]) => measureStorm(c, server.url)],
    ['ticking.html (clock every 400 ms, 20 s)', (c: Parameters<typeof measureTicking>[0]) => measureTicking(c, server.url)],
  ] as const;
  for (const [name, run] of pages) {
    const r = await withBoth(run as (c: Parameters<typeof measureMillion>[0]) => Promise<object>, rounds);
    const withP = medians(r.with);
    const without = medians(r.without);
    console.log(`\n${name}: medians of ${rounds} alternating runs`);
    console.log(`${'figure'.padEnd(20)} ${'without'.padStart(10)} ${'with'.padStart(10)} ${'ratio'.padStart(8)}`);
    for (const key of Object.keys(withP)) {
      const a = without[key] ?? NaN;
      const b = withP[key] ?? NaN;
      const ratio = a > 0 ? (b / a).toFixed(2) : '-';
      console.log(`${key.padEnd(20)} ${String(a).padStart(10)} ${String(b).padStart(10)} ${ratio.padStart(8)}`);
    }
  }
} finally {
  await server.close();
}
