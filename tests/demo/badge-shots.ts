// Close-up screenshots of PostLens badges (one with its card open) on fixture pages, for the
// README: `tsx tests/demo/badge-shots.ts [outDir]` after `npm run build`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { waitForBadges } from '../harness/badges';
import { startSession } from '../harness/session';

const SHOTS = [
  { name: 'badge-linkedin', url: 'https://www.linkedin.com/feed/', posts: 5, nth: 1 },
  { name: 'badge-x', url: 'https://x.com/TestUser123/status/1981398750557065646', posts: 1, nth: 0 },
  { name: 'badge-tiktok', url: 'https://www.tiktok.com/foryou', posts: 4, nth: 0 },
];

const out = process.argv[2] ?? 'docs/screenshots';
mkdirSync(out, { recursive: true });
const session = await startSession({ launch: { headless: true } });
try {
  const page = await session.browser.context.newPage();
  await page.setViewportSize({ width: 900, height: 700 });
  for (const shot of SHOTS) {
    await page.goto(shot.url);
    await waitForBadges(page, shot.posts);
    const chip = page.locator('postlens-badge').nth(shot.nth).locator('button.chip');
    await chip.scrollIntoViewIfNeeded();
    await chip.focus();
    const card = page.locator('postlens-badge').nth(shot.nth).locator('.card');
    await card.waitFor();
    const a = (await chip.boundingBox())!;
    const c = (await card.boundingBox())!;
    const x = Math.max(0, Math.min(a.x, c.x) - 320);
    const y = Math.max(0, Math.min(a.y, c.y) - 40);
    const clip = {
      x,
      y,
      width: Math.min(900 - x, Math.max(a.x + a.width, c.x + c.width) - x + 16),
      height: Math.max(a.y + a.height, c.y + c.height) - y + 60,
    };
    await page.screenshot({ path: join(out, `${shot.name}.png`), clip });
    console.log(`${shot.name}.png`);
  }
} finally {
  await session.close();
}
