// What the user reads in the topics table: the order, the medians, the greyed tags under the
// sample, "—" with a reason, and hostile text shown as text. Values are written out by hand (en-US).

import { TopicsTable } from '@/components/insights/topics-table';
import { postRow } from '../fixtures/post-row';
import { render, screen, within } from '../testing-library';

const row = (text: string, er: number | null, velocity: number | null = null) =>
  postRow({ text, er, erViews: er, erBasis: er === null ? null : 'views', velocity });

// #launch: ERs 0.02, 0.06, 0.04 → 4%; velocities 12, 4 → 8/h, greyed: 2 of the 3 a median
// velocity needs; written "#launch" in two posts. @partner: ERs 0.1, 0.3, 0.2 → 20%; no velocity.
// #tease: one post with an ER → greyed, its velocity with it.
const rows = [
  row('Big #Launch today', 0.02, 12),
  row('#launch day 2', 0.06, 4),
  row('#launch recap #LAUNCH', 0.04, null),
  row('thanks @partner', 0.1, null),
  row('with @Partner', 0.3, null),
  row('@partner @PARTNER again', 0.2, null),
  row('a #tease', 0.5, 100),
  row('nothing to see', 0.01, 1),
];

function bodyRows(): string[][] {
  const [, ...trs] = screen.getAllByRole('row');
  return trs.map((tr) =>
    within(tr)
      .getAllByRole(/cell|rowheader/)
      .map((c) => c.textContent ?? ''),
  );
}

it('ranks the tags with the sample by median ER and greys the rest', () => {
  render(<TopicsTable rows={rows} minSample={3} />);
  expect(bodyRows()).toEqual([
    ['@partner', 'mention', '3', '20%', '—'],
    ['#launch', 'hashtag', '3', '4%', '8/h'],
    ['#teaseneeds 3 posts with an ER (has 1)', 'hashtag', '1', '50%', '100/h'],
  ]);
  const tease = screen.getByRole('rowheader', { name: /#tease/ }).closest('tr')!;
  expect(tease.className).toContain('under-sample');
  const partner = screen.getByRole('rowheader', { name: '@partner' }).closest('tr')!;
  expect(partner.className).not.toContain('under-sample');
});

it('gives the reason for a missing median and the sample behind each one', () => {
  render(<TopicsTable rows={rows} minSample={3} />);
  const partner = screen.getByRole('rowheader', { name: '@partner' }).closest('tr')!;
  const [, , er, velocity] = within(partner).getAllByRole('cell');
  expect(er!.title).toBe('median of 3 posts with an ER by views');
  expect(velocity!.textContent).toBe('—');
  expect(velocity!.title).toBe(
    'No post with this tag has two readings 5 min or more apart, both showing counts',
  );
});

describe('a median velocity needs the sample too', () => {
  const velocityCell = (tag: string) =>
    within(screen.getByRole('rowheader', { name: new RegExp(tag) }).closest('tr')!).getAllByRole('cell')[3]!;

  it('greys the velocity of a tag rated on 3 ERs with 1 velocity, and says what it needs', () => {
    // #launch: ERs 2%, 4%, 6% → rated, median 4%; one velocity (500/h), under the sample of 3.
    render(
      <TopicsTable
        rows={[row('#launch', 0.02, 500), row('#launch', 0.04), row('#launch', 0.06)]}
        minSample={3}
      />,
    );
    expect(bodyRows()).toEqual([['#launch', 'hashtag', '3', '4%', '500/h']]);
    expect(velocityCell('#launch').title).toBe('needs 3 posts with a velocity (has 1)');
    expect(velocityCell('#launch').className).toBe('num under-sample');
    expect(screen.getByRole('rowheader', { name: /#launch/ }).closest('tr')!.className).toContain('rated');
  });

  it.each([
    // [velocities (posts with an ER: 3), minimum sample, shown, greyed, title]
    [[12, 4, null], 3, '8/h', true, 'needs 3 posts with a velocity (has 2)'],
    [[12, 4, 20], 3, '12/h', false, 'median of 3 posts with a velocity'],
    [[12, 4, null], 2, '8/h', false, 'median of 2 posts with a velocity'],
    [[7, null, null], 1, '7/h', false, 'median of 1 post with a velocity'],
  ])('velocities %j, sample %i: %s', (velocities, minSample, shown, greyed, title) => {
    render(<TopicsTable rows={velocities.map((v) => row('#pace', 0.01, v))} minSample={minSample} />);
    expect(velocityCell('#pace').textContent).toBe(shown);
    expect(velocityCell('#pace').className.includes('under-sample')).toBe(greyed);
    expect(velocityCell('#pace').title).toBe(title);
  });
});

it('says a tag whose posts show no interaction counts has no ER or velocity for that reason', () => {
  // #quiet: two posts that show no count at all (engagement, ER and velocity null); #shown: one
  // that shows its interactions (engagement 7) but no followers or views, so no ER.
  render(
    <TopicsTable
      rows={[
        postRow({ text: '#quiet one' }),
        postRow({ text: '#quiet two' }),
        postRow({ text: '#shown', engagement: 7 }),
      ]}
      minSample={3}
    />,
  );
  const cells = (tag: string) =>
    within(screen.getByRole('rowheader', { name: new RegExp(tag) }).closest('tr')!).getAllByRole('cell');
  const [, , quietEr, quietVelocity] = cells('#quiet');
  const why = 'No post with this tag shows its interaction counts: an ER and a velocity need them';
  expect([quietEr!.title, quietVelocity!.title]).toEqual([why, why]);
  const [, , shownEr, shownVelocity] = cells('#shown');
  expect(shownEr!.title).toBe('No post with this tag has an ER: followers and views are unknown');
  expect(shownVelocity!.title).toBe(
    'No post with this tag has two readings 5 min or more apart, both showing counts',
  );
});

it('states the formulas, the posts read and the sample in the caption', () => {
  render(<TopicsTable rows={rows} minSample={3} />);
  const caption = screen.getByRole('table').querySelector('caption')!.textContent!;
  expect(caption).toContain('Hashtags and mentions in 8 posts (1 with none)');
  expect(caption).toContain('Median ER by views: median of (interactions ÷ views)');
  expect(caption).toContain('interactions per hour');
  expect(caption).toContain('fewer than 3 posts with an ER are greyed');
});

it('shows hostile text as text', () => {
  const { container } = render(
    <TopicsTable rows={[row('<img src=x onerror=alert(1)> #safe <b>@who</b>', 0.1)]} minSample={1} />,
  );
  expect(container.querySelector('img, b')).toBeNull();
  expect(bodyRows().map((r) => r[0])).toEqual(['#safe', '@who']);
  expect(container.textContent).not.toMatch(/NaN|Infinity/);
});

it('says so when there is no tag at all', () => {
  render(<TopicsTable rows={[row('plain words, a@b.com, example.com/#x', 0.1)]} minSample={3} />);
  expect(screen.queryByRole('table')).toBeNull();
  expect(screen.getByText(/No hashtag or mention in the 1 post shown/)).toBeTruthy();
});

it('lists at most maxRows tags and says how many are left out', () => {
  const many = Array.from({ length: 12 }, (_, i) => row(`#tag${String.fromCharCode(97 + i)}`, 0.01));
  render(<TopicsTable rows={many} minSample={1} maxRows={10} />);
  expect(bodyRows()).toHaveLength(10);
  expect(screen.getByText('2 more tags further down this order are not listed.')).toBeTruthy();
});
