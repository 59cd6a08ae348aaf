// A rate by followers and one by views are unlike figures (lib/metrics/er-basis.ts): 2% of
// followers is far above what 2% of views is. A platform has one set of bands for both, so the
// card says which rate its band judged.
import { Badge } from '@/components/badge/badge';
import type { PostKnowledge } from '@/lib/messages';
import { buildBadgeChip } from '@/lib/metrics/badge-chip';
import { type BadgeInput, buildBadgeView } from '@/lib/metrics/badge-model';
import type { PostReading } from '@/lib/types';
import { instagramReading } from '../fixtures/reading';

const NOW = Date.UTC(2026, 0, 10, 12);
const BANDS = { typical: 0.005, strong: 0.02, viral: 0.05 };

const knowledge: PostKnowledge = {
  firstSeen: NOW - 3_600_000,
  lastSeen: NOW - 3_600_000,
  history: [],
  authorFollowers: 9_000,
  authorMedianEr: null,
  authorPostCount: 0,
};

/** 180 engagements on 9,000 followers: 2% of followers; no views shown. */
const byFollowers = (over: Partial<BadgeInput> = {}) =>
  buildBadgeView({
    reading: instagramReading(),
    knowledge,
    bands: BANDS,
    preference: 'auto',
    locale: 'en',
    now: NOW,
    ...over,
  });

/** 180 engagements on 9,000 views: 2% of views. */
const byViews = (over: Partial<BadgeInput> = {}) =>
  buildBadgeView({
    reading: instagramReading({ views: 9_000 }),
    knowledge: undefined,
    bands: BANDS,
    preference: 'auto',
    locale: 'en',
    now: NOW,
    ...over,
  });

describe('the band of a rate, and its basis', () => {
  it('says on the card which basis the band judged', () => {
    expect(byFollowers().bandNote).toBe('strong for this platform, as an ER by followers');
    expect(byViews().bandNote).toBe('strong for this platform, as an ER by views');
  });

  it('draws the basis in the card title', () => {
    document.body.innerHTML = '<div id="h"></div>';
    const root = document.getElementById('h')!.attachShadow({ mode: 'open' });
    const badge = new Badge(document, root);
    const input = {
      reading: instagramReading() as PostReading,
      knowledge,
      bands: BANDS,
      preference: 'auto' as const,
      locale: 'en',
      now: NOW,
    };
    badge.update(buildBadgeChip(input));
    root.querySelector('button')!.dispatchEvent(new FocusEvent('focus'));
    expect(root.querySelector('.card-title')?.textContent).toBe(
      '2% of followers · strong for this platform, as an ER by followers',
    );
    badge.close();
  });
});
