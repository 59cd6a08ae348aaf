// Shared by the campaign component tests: readings to put posts in the database, a campaign saved
// through the real background handler, and reading figures off the page.
import type { CampaignInput } from '@/lib/campaigns/figures';
import { getDb } from '@/lib/store/db';
import { NO_OUTCOMES } from '../../fixtures/campaign';
import { backend, clock, HOUR, reading, record } from '../helpers';

export const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/dashboard.html' };

/**
 * Three X posts on 2025-01-08 and 2025-01-09 (clock: 2025-01-10 12:00 UTC):
 * x:1 likes 100 → 300, comments 20 → 50, views 10,000 → 20,000;
 * x:2 likes 40, views 5,000; x:3 likes 7, no views shown.
 */
export async function seedPosts(): Promise<void> {
  const t = clock.now;
  const author = { handle: 'acme', name: 'Acme', followers: 1000 };
  await record(
    [
      reading({ postId: '1', text: 'Launch day', likes: 100, comments: 20, views: 10_000, author }),
      reading({ postId: '2', text: 'Behind the scenes', likes: 40, views: 5_000, author }),
      reading({ postId: '3', text: 'Poll', likes: 7, author }),
    ],
    null,
    t - 2 * 24 * HOUR,
  );
  await record(
    [reading({ postId: '1', text: 'Launch day', likes: 300, comments: 50, views: 20_000, author })],
    null,
    t - 24 * HOUR,
  );
  clock.now = t;
}

export const BLANK: CampaignInput = {
  name: 'Spring launch',
  postKeys: [],
  start: '2025-01-01',
  end: '2025-01-31',
  ...NO_OUTCOMES,
};

export async function saveDirect(over: Partial<CampaignInput>) {
  const r = await backend().saveCampaign({ ...BLANK, ...over }, PAGE);
  if (!r.ok) throw new Error(r.error);
  return r.campaign;
}

export const storedCampaigns = async () => (await getDb()).getAll('campaigns');

/** The value cell of a figure in the open campaign's figures table. */
export function figureText(id: string): string {
  const cell = document.querySelector(`.campaign-figures [data-figure="${id}"] td`);
  if (!cell) throw new Error(`no figure ${id}`);
  return cell.textContent ?? '';
}

export function figureFormula(id: string): string {
  return document.querySelector(`.campaign-figures [data-figure="${id}"] td.formula-cell`)?.textContent ?? '';
}
