// Figure 1, read cost: the adapters reading every post of a 1,000-post page, against the bare
// baseline (lab/baselines.ts) reading the same counts in one pass. Both run in the page's main
// world, alternately, after three warm-up rounds; the figure is the median of ROUNDS rounds'
// ratios (adapter time / baseline time of the same round).
import { PLATFORM_NAMES } from '../../lib/platforms';
import { type BenchContext, NEUTRAL_HOST } from './context';
import { feedPage } from './feed';
import type { BenchPlatform } from './lab/platforms';
import { installLab, lab } from './lab-page';
import { figureOf } from './report';
import { median, ms, ratio } from './stats';
import type { BenchRow } from './table';

const POSTS = 1000;
const ROUNDS = 25;
const BUDGET = 1.5;

export async function readCost(bench: BenchContext, platforms: BenchPlatform[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const platform of platforms) {
    const feed = bench.feeds[platform];
    // Served where no content script runs, so nothing else reads or changes the page meanwhile.
    const url = `https://${NEUTRAL_HOST}/bench/read-${platform}`;
    bench.session.server.setPage(url, feedPage(feed, POSTS));
    const page = await bench.session.browser.context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      await installLab(page);
      const r = await lab(
        page,
        'timeReads',
        platform,
        { url: feed.source.url, locale: feed.source.lang },
        ROUNDS,
      );
      if (r.posts !== POSTS || r.distinct !== POSTS) {
        throw new Error(
          `read-cost page for ${platform}: adapter read ${r.posts} posts (${r.distinct} distinct) of ${POSTS}`,
        );
      }
      if (r.disagreements.length > 0) {
        throw new Error(`baseline and adapter disagree on ${platform}: ${r.disagreements.join('; ')}`);
      }
      const adapter = median(r.adapterRuns);
      const bare = median(r.bareRuns);
      // Each round times the adapter and the baseline back to back: a round's ratio cancels the
      // slow moments of a shared machine, and the figure is the median of the rounds' ratios.
      const ratios = r.adapterRuns.map((a, i) => a / r.bareRuns[i]!);
      const figure = median(ratios);
      bench.log(
        `  read ${platform}: adapter ${ms(adapter)}, baseline ${ms(bare)}, ratio ${ratio(figure)} (rounds ${ratio(Math.min(...ratios))}–${ratio(Math.max(...ratios))}; ${feed.templates.length} saved posts repeated, ${r.authors} authors)`,
      );
      const label = `1. Read ${POSTS} ${PLATFORM_NAMES[platform]} posts`;
      rows.push({
        figure: label,
        measured: ms(adapter),
        budget: `≤ ${BUDGET}× baseline`,
        baseline: ms(bare),
        ratio: ratio(figure),
        pass: figure <= BUDGET,
        json: [
          figureOf(
            {
              id: `read.${platform}.ratio`,
              label,
              unit: 'ratio',
              budget: { op: '<=', limit: BUDGET, text: `≤ ${BUDGET}× baseline` },
              pass: figure <= BUDGET,
            },
            ratios,
          ),
          figureOf(
            { id: `read.${platform}.ms`, label: `${label}: adapter`, unit: 'ms', budget: null, pass: null },
            r.adapterRuns,
          ),
          figureOf(
            {
              id: `read.${platform}.baseline.ms`,
              label: `${label}: bare baseline`,
              unit: 'ms',
              budget: null,
              pass: null,
            },
            r.bareRuns,
          ),
        ],
      });
    } finally {
      await page.close();
    }
  }
  return rows;
}
