// The dashboard's Insights view: when the chosen authors' posts do best, and with which hashtags
// and mentions. The choice is a platform and an author (all by default), so a manager can read
// one competitor, or everything they browsed on one network.
import { useMemo, useState } from 'preact/hooks';
import { formatNumber } from '@/lib/format';
import { DEFAULT_SLOT_MIN_SAMPLE } from '@/lib/insights';
import { PLATFORM_NAMES } from '@/lib/platforms';
import type { PostRow } from '@/lib/queries';
import { TopicsTable } from './topics-table';
import { WhenToPost } from './when-to-post';
import './insights.css';

interface AuthorChoice {
  key: string;
  label: string;
  posts: number;
}

/** "Name @handle · Platform", or as much of it as the post holds. */
function authorLabel(r: PostRow): string {
  const handle = r.authorHandle ? `@${r.authorHandle}` : null;
  const who = [r.authorName, handle].filter(Boolean).join(' ') || (r.authorKey ?? '');
  return `${who} · ${PLATFORM_NAMES[r.platform]}`;
}

/** The authors of the rows, most posts first. */
function authorsOf(rows: readonly PostRow[]): AuthorChoice[] {
  const byKey = new Map<string, AuthorChoice>();
  for (const r of rows) {
    if (!r.authorKey) continue;
    const known = byKey.get(r.authorKey);
    if (known) known.posts++;
    else byKey.set(r.authorKey, { key: r.authorKey, label: authorLabel(r), posts: 1 });
  }
  return [...byKey.values()].sort((a, b) => b.posts - a.posts || a.label.localeCompare(b.label));
}

export function InsightsView({ rows }: { rows: PostRow[] }) {
  const [platform, setPlatform] = useState<string>('all');
  const [author, setAuthor] = useState<string>('all');
  const [minSample, setMinSample] = useState(DEFAULT_SLOT_MIN_SAMPLE);
  const onPlatform = rows.filter((r) => platform === 'all' || r.platform === platform);
  const authors = useMemo(() => authorsOf(onPlatform), [rows, platform]);
  const chosen = author === 'all' ? onPlatform : onPlatform.filter((r) => r.authorKey === author);
  const platforms = [...new Set(rows.map((r) => r.platform))].sort();
  if (rows.length === 0)
    return <p class="muted">No posts yet: browse a feed with PostLens on, and its posts come here.</p>;
  return (
    <section class="insights" aria-label="Insights">
      <form class="insights-filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Platform{' '}
          <select
            value={platform}
            onChange={(e) => {
              setPlatform(e.currentTarget.value);
              setAuthor('all');
            }}
          >
            <option value="all">All platforms</option>
            {platforms.map((p) => (
              <option key={p} value={p}>
                {PLATFORM_NAMES[p]}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          Author{' '}
          <select value={author} onChange={(e) => setAuthor(e.currentTarget.value)}>
            <option value="all">All authors ({formatNumber(authors.length)})</option>
            {authors.map((a) => (
              <option key={a.key} value={a.key}>
                {a.label}: {formatNumber(a.posts)} {a.posts === 1 ? 'post' : 'posts'}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          Rate a slot or tag from{' '}
          <input
            type="number"
            min={1}
            max={50}
            value={minSample}
            onChange={(e) => {
              const n = Number(e.currentTarget.value);
              if (Number.isInteger(n) && n >= 1 && n <= 50) setMinSample(n);
            }}
          />{' '}
          posts with an ER
        </label>
        <p class="muted">{formatNumber(chosen.length)} posts chosen.</p>
      </form>
      <h2>When to post</h2>
      <WhenToPost rows={chosen} minSample={minSample} />
      <h2>What to post about</h2>
      <TopicsTable rows={chosen} minSample={minSample} />
    </section>
  );
}
