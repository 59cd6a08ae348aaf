// The platform and author choice shared by the Insights and Overview views: all by default, so a
// manager can read one competitor, one author set ("Competitors A"), or everything they browsed
// on one network.
import { useMemo, useState } from 'preact/hooks';
import type { AuthorSet } from '@/lib/annotations';
import { formatNumber, isolated } from '@/lib/format';
import { handleLabel, PLATFORM_NAMES } from '@/lib/platforms';
import { collate, type PostRow } from '@/lib/queries';
import { keyParts, type Platform } from '@/lib/types';
import { t, tn, uiLocale } from '../../lib/i18n';
import { setAuthors, useAnnotations } from '../annotations';

export interface AuthorChoice {
  key: string;
  label: string;
  posts: number;
}

/** "Name @handle · Platform", or as much of it as the post holds. */
export function authorLabel(r: PostRow): string {
  const handle = r.authorHandle ? isolated(handleLabel(r.authorHandle)) : null;
  const name = r.authorName ? isolated(r.authorName) : null;
  const who = [name, handle].filter(Boolean).join(' ') || isolated(r.authorKey ?? '');
  return `${who} · ${PLATFORM_NAMES[r.platform]}`;
}

/**
 * An author no row is of (one of a set with no post stored) as authorLabel reads: "@handle ·
 * Platform", from its key ("platform:handle"); a key of no known platform or no handle as it is.
 */
export function keyLabel(key: string): string {
  const parts = keyParts(key);
  if (parts === null || parts.rest.trim() === '') return isolated(key);
  return `${isolated(handleLabel(parts.rest))} · ${PLATFORM_NAMES[parts.platform]}`;
}

/** The authors of the rows, most posts first, then in the user's language's alphabet (as the Posts table's). */
export function authorsOf(rows: readonly PostRow[]): AuthorChoice[] {
  const byKey = new Map<string, AuthorChoice>();
  for (const r of rows) {
    if (!r.authorKey) continue;
    const known = byKey.get(r.authorKey);
    if (known) known.posts++;
    else byKey.set(r.authorKey, { key: r.authorKey, label: authorLabel(r), posts: 1 });
  }
  const compare = collate();
  return [...byKey.values()].sort((a, b) => b.posts - a.posts || compare(a.label, b.label));
}

export interface AuthorFilterState {
  /** An author set's id, or 'all'. */
  setId: string;
  setSetId: (id: string) => void;
  /** The user's author sets (what the set select lists). */
  sets: readonly AuthorSet[];
  platform: string;
  author: string;
  setPlatform: (p: string) => void;
  setAuthor: (a: string) => void;
  /** The rows of the platform and author chosen. */
  chosen: PostRow[];
  /** The authors on the chosen platform, most posts first (what the author select lists). */
  authors: AuthorChoice[];
  /** The platforms of the rows, sorted. */
  platforms: Platform[];
  /**
   * The authors the choice stands for (the Overview's follower cards): the one chosen; else a set's
   * authors on the platform chosen, also those none of whose posts is stored (their profile may
   * have been read); else the authors listed.
   */
  followed: AuthorChoice[];
}

export function useAuthorFilter(rows: PostRow[]): AuthorFilterState {
  const [platform, setPlatform] = useState<string>('all');
  const [author, setAuthor] = useState<string>('all');
  const [setId, setSetId] = useState<string>('all');
  const { sets } = useAnnotations().annotations;
  const inSet = useMemo(() => {
    if (setId === 'all') return rows;
    // A set deleted meanwhile (another tab) holds no author: its figures are empty, not everyone's
    // (the Set select says the set is deleted: AuthorFilter).
    const keys = new Set(sets.find((s) => s.id === setId)?.authorKeys ?? []);
    return rows.filter((r) => r.authorKey !== null && keys.has(r.authorKey));
  }, [rows, setId, sets]);
  const onPlatform = useMemo(
    () => inSet.filter((r) => platform === 'all' || r.platform === platform),
    [inSet, platform],
  );
  const authors = useMemo(() => authorsOf(onPlatform), [onPlatform]);
  const chosen = useMemo(
    () => (author === 'all' ? onPlatform : onPlatform.filter((r) => r.authorKey === author)),
    [onPlatform, author],
  );
  const platforms = useMemo(() => [...new Set(rows.map((r) => r.platform))].sort(), [rows]);
  // A set's people only: a Reddit community in it is no author and has no followers (setAuthors).
  const setKeys = useMemo(
    () => (setId === 'all' ? null : setAuthors(sets.find((s) => s.id === setId)?.authorKeys ?? [])),
    [setId, sets],
  );
  const followed = useMemo(() => {
    if (author !== 'all')
      return [authors.find((a) => a.key === author) ?? { key: author, label: keyLabel(author), posts: 0 }];
    if (setKeys === null) return authors;
    // Those with posts as the author select lists them, then the others in the user's alphabet.
    const listed = new Set(authors.map((a) => a.key));
    const compare = collate();
    const others = setKeys
      .filter((k) => !listed.has(k) && (platform === 'all' || keyParts(k)?.platform === platform))
      .map((k) => ({ key: k, label: keyLabel(k), posts: 0 }))
      .sort((a, b) => compare(a.label, b.label));
    return [...authors, ...others];
  }, [author, authors, setKeys, platform]);
  // The same object until a choice or what it lists changes: a view can keep its filter elements
  // while other data of its own arrives (the Overview's follower readings).
  return useMemo(
    () => ({
      setId,
      // Another set lists other authors, as another platform does.
      setSetId: (id: string) => {
        setSetId(id);
        setAuthor('all');
      },
      sets,
      platform,
      author,
      // A new platform lists other authors: the one chosen may not be among them.
      setPlatform: (p: string) => {
        setPlatform(p);
        setAuthor('all');
      },
      setAuthor,
      chosen,
      authors,
      platforms,
      followed,
    }),
    [setId, sets, platform, author, chosen, authors, platforms, followed],
  );
}

/** The two selects; put inside the view's own form, beside its other settings. */
export function AuthorFilter({ f }: { f: AuthorFilterState }) {
  const setGone = f.setId !== 'all' && !f.sets.some((s) => s.id === f.setId);
  return (
    <>
      {/* Kept while the chosen set is gone (deleted in another tab), saying so: the figures are
          empty, and this is where the user reads why and goes back to all authors. */}
      {f.sets.length > 0 || setGone ? (
        <>
          <label>
            {t('insights.filter.set')}{' '}
            <select value={f.setId} onChange={(e) => f.setSetId(e.currentTarget.value)}>
              <option value="all">{t('insights.filter.allAuthors')}</option>
              {f.sets.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
              {setGone ? <option value={f.setId}>{t('annotations.sets.deleted')}</option> : null}
            </select>
          </label>{' '}
        </>
      ) : null}
      <label>
        {t('insights.filter.platform')}{' '}
        <select value={f.platform} onChange={(e) => f.setPlatform(e.currentTarget.value)}>
          <option value="all">{t('insights.filter.allPlatforms')}</option>
          {f.platforms.map((p) => (
            <option key={p} value={p}>
              {PLATFORM_NAMES[p]}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        {t('insights.filter.author')}{' '}
        <select class="author-select" value={f.author} onChange={(e) => f.setAuthor(e.currentTarget.value)}>
          <option value="all">
            {t('insights.filter.allAuthorsCount', formatNumber(f.authors.length, uiLocale()))}
          </option>
          {f.authors.map((a) => (
            <option key={a.key} value={a.key}>
              {tn('insights.filter.authorPosts', a.posts, a.label)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
