// The card's "Add to campaign…": one message with the post's key, and nothing about campaigns in
// the page (the dashboard asks which campaign: lib/background/open-dashboard.ts).

import { BadgeLayer, pageBadges } from '@/components/badge/badge-layer';
import { sendMessage } from '@/lib/messaging/protocol';
import { buildBadgeChip } from '@/lib/metrics/badge-chip';
import { instagramReading } from '../fixtures/reading';
import { fireEvent } from '../testing-library';

vi.mock('@/lib/messaging/protocol', () => ({
  sendMessage: vi.fn(async () => true),
  onMessage: vi.fn(),
  removeAllListeners: vi.fn(),
}));

beforeEach(() => vi.mocked(sendMessage).mockClear());

const view = buildBadgeChip({
  reading: instagramReading({ views: 6000 }),
  knowledge: undefined,
  bands: { typical: 0.01, strong: 0.02, viral: 0.03 },
  preference: 'auto',
  locale: 'en',
});

/** Draws one badge on a post and opens its card; the card's buttons by their text. */
async function openCard(layer: BadgeLayer) {
  document.body.innerHTML = '<article><div class="actions"></div></article>';
  const post = document.querySelector('article')!;
  layer.show(post, post.querySelector('.actions'), view);
  const shadow = document.querySelector('postlens-badge')!.shadowRoot!;
  fireEvent.focus(shadow.querySelector('button.chip')!);
  await new Promise((r) => setTimeout(r, 0));
  const buttons = Array.from(shadow.querySelectorAll('.card button'));
  return {
    shadow,
    buttons: buttons.map((b) => b.textContent),
    button: (t: string) => buttons.find((b) => b.textContent === t) as HTMLElement,
  };
}

describe('the card’s actions', () => {
  it.each([
    ['both actions', true, true, ['History and campaigns…', 'Add to campaign…']],
    ['only the post view', true, false, ['History and campaigns…']],
    ['only add', false, true, ['Add to campaign…']],
    ['none', false, false, []],
  ])('draws %s when given', async (_what, withOpen, withAdd, expected) => {
    const layer = new BadgeLayer(
      document,
      '',
      withOpen ? () => {} : undefined,
      withAdd ? () => {} : undefined,
    );
    const { buttons, shadow } = await openCard(layer);
    expect(buttons).toEqual(expected);
    expect(shadow.querySelector('.card-actions') !== null).toBe(expected.length > 0);
  });

  it('passes the post’s key to "Add to campaign…", and the card stays open while focus moves to it', async () => {
    const opened: string[] = [];
    const added: string[] = [];
    const layer = new BadgeLayer(
      document,
      '',
      (k) => opened.push(k),
      (k) => added.push(k),
    );
    const { shadow, button } = await openCard(layer);
    const add = button('Add to campaign…');
    fireEvent.focusOut(shadow.querySelector('button.chip')!, { relatedTarget: add });
    await new Promise((r) => setTimeout(r, 0));
    expect(shadow.querySelector('.card')).not.toBeNull();
    add.click();
    expect(added).toEqual(['instagram:C1']);
    expect(opened).toEqual([]);
  });
});

describe('pageBadges (what a content script draws)', () => {
  it('sends one openAddToCampaign message with the key and reads no campaign', async () => {
    const openPost = vi.fn();
    const layer = pageBadges(openPost) as BadgeLayer;
    const { shadow, button } = await openCard(layer);
    button('Add to campaign…').click();
    expect(vi.mocked(sendMessage).mock.calls).toEqual([['openAddToCampaign', 'instagram:C1']]);
    expect(openPost).not.toHaveBeenCalled();
    // Nothing but the post's own figures is drawn: no campaign name reaches the page.
    expect(shadow.querySelector('select, [role="listbox"]')).toBeNull();
    button('History and campaigns…').click();
    expect(openPost).toHaveBeenCalledWith('instagram:C1');
    expect(vi.mocked(sendMessage)).toHaveBeenCalledTimes(1);
  });

  it('keeps a failed message (no background) from surfacing in the page', async () => {
    vi.mocked(sendMessage).mockRejectedValueOnce(new Error('Extension context invalidated.'));
    const { button } = await openCard(pageBadges(() => {}) as BadgeLayer);
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    button('Add to campaign…').click();
    await new Promise((r) => setTimeout(r, 10));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
