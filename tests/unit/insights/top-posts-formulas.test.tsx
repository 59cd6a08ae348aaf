// Each figure the Overview shows comes with its formula: the cards do (= …), and the top posts'
// ER, velocity and outlier score must too, on the basis the list ranks on. The lists showed
// "2.5×" or "5/h" with no word of what it is a ratio or a rate of.
import { TopPosts } from '@/components/insights/top-posts';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { postRow } from '../fixtures/post-row';
import { render, screen } from '../testing-library';

const top = () => ({
  er: [postRow({ text: 'a', er: 0.125, erFollowers: 0.125, erBasis: 'followers' })],
  velocity: [postRow({ text: 'b', velocity: 5 })],
  outlier: [postRow({ text: 'c', er: 0.1, erViews: 0.1, erBasis: 'views', outlier: 2.5 })],
});

const sectionText = (name: RegExp) => screen.getByRole('region', { name }).textContent ?? '';

describe('top posts: each list says how its figure is worked out', () => {
  afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

  it('names the ER formula on the list’s basis, the velocity’s and the outlier score’s', () => {
    render(<TopPosts top={top()} erBasis="followers" />);
    expect(sectionText(/engagement rate by followers/)).toContain(
      '(likes + comments + reposts + saves, those shown) ÷ followers',
    );
    expect(sectionText(/by velocity/)).toContain(
      'engagement gained ÷ hours between the latest reading and the newest one 5 min or more before it',
    );
    expect(sectionText(/by outlier score/)).toContain("ER ÷ median ER of the author's other posts seen");
  });

  it('by views when the list ranks by views, and the formula even when the list is empty', () => {
    render(<TopPosts top={{ er: [], velocity: [], outlier: [] }} erBasis="views" />);
    expect(sectionText(/engagement rate by views/)).toContain('÷ views');
    expect(sectionText(/by velocity/)).toContain('engagement gained ÷ hours');
  });

  it('in the user’s language', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    render(<TopPosts top={top()} erBasis="followers" />);
    expect(sectionText(/Interaktionsrate nach Followern/)).toContain(
      '(Likes + Kommentare + Reposts + Speicherungen, soweit angezeigt) ÷ Follower',
    );
    expect(sectionText(/Ausreißerwert/)).toContain('ER ÷ Median-ER der anderen gesehenen Beiträge');
  });
});
