// @vitest-environment node

// What to post about: the order of tags whose median ER reads the same.
import { formatPercent } from '@/lib/format';
import { buildTopicReport, type TopicInput } from '@/lib/insights';

describe('What to post about: tags whose medians read the same are ordered by the tie rule', () => {
  // Two rated tags whose median ER the user reads as the same "15%": #even's median is the mean
  // of 10% and 20% (four posts), #odd's is 15% itself (five posts). Equal medians rank by posts
  // (more first), so #odd comes first; float noise in the mean (0.15000000000000002) must not
  // decide the order, as it does not in the When-to-post grid (comparableEr).
  const row = (text: string, engagement: number, followers: number): TopicInput => ({
    text,
    erFollowers: engagement / followers,
    velocity: null,
    engagement,
  });
  const rows = [
    row('#even', 10, 100),
    row('#even', 20, 100),
    row('#even', 10, 100),
    row('#even', 20, 100),
    row('#odd', 15, 100),
    row('#odd', 15, 100),
    row('#odd', 15, 100),
    row('#odd', 15, 100),
    row('#odd', 15, 100),
  ];

  it('shows both medians as the same percentage', () => {
    const r = buildTopicReport(rows, 3);
    const shown = r.topics.map((t) => formatPercent(t.medianEr, 'en'));
    expect(shown).toEqual(['15%', '15%']);
  });

  // Failed before compareTopics compared medians as they read (comparableEr, as the grid does):
  // #even came first on its float noise.
  it('lists the tag with more posts first among medians that read the same', () => {
    const r = buildTopicReport(rows, 3);
    expect(r.topics.map((t) => [t.label, t.posts, t.rated])).toEqual([
      ['#odd', 5, true],
      ['#even', 4, true],
    ]);
  });
});
