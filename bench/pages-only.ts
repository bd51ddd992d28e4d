// `BENCH_PAGES=journal npx tsx bench/pages-only.ts`: only the page figures (first text, CLS, bytes) of the matching pages.
import { buildCdn } from '../scripts/build-cdn.js';
import { benchPages } from './pages.js';

await buildCdn();
const pages = await benchPages(Number(process.env.BENCH_RUNS ?? 5), (line) => console.log(line));
for (const page of pages) {
  console.log(
    `${page.name}: first text ${Math.round(page.element.first)} ms (static ${Math.round(page.static.first)} ms, ` +
      `${page.ratio.first.toFixed(2)}× in pairs), ` +
      `CLS ${page.element.cls.toFixed(3)} (static ${page.static.cls.toFixed(3)})`,
  );
}
