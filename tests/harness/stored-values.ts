// What PostLens must have stored after reading a saved page, from what `npm run inspect` reads on
// the same file (tests/tools/inspect.ts, run as the command runs, its JSON parsed): each post with
// its id, link, author, publishedAt, text and promoted mark, one snapshot with every count, and the
// page's profile header as an author with its followers. The end-to-end suites compare the
// extension's IndexedDB with it, record for record.
import { join } from 'node:path';
import type { AuthorRecord, PostRecord, SnapshotRecord } from '../../lib/records';
import { authorKey, COUNT_FIELDS, type Counts, type PostReading, type ProfileReading } from '../../lib/types';
import { main } from '../tools/inspect';
import type { DbDump } from './extension-db';
import { FIXTURES_DIR } from './paths';
import { type FixtureRoute, routeUrl } from './routes';

export interface InspectReport {
  platform: string | null;
  url: string;
  locale: string;
  posts: PostReading[];
  profile: ProfileReading | null;
}

/** Runs the inspect command on the route's saved page, at the route's address. */
/**
 * What `npm run inspect` reads on the route's page. `now` fixes the clock that relative dates
 * ("3 h", "2 d") are read against, so a test can read the page as the browser did at that time.
 */
export async function inspectRoute(route: FixtureRoute, now?: number): Promise<InspectReport> {
  let out = '';
  let err = '';
  const args = [join(FIXTURES_DIR, route.file), '--url', routeUrl(route)];
  if (now !== undefined) args.push('--now', new Date(now).toISOString());
  const code = await main(args, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
  });
  if (code !== 0) throw new Error(`npm run inspect on ${route.file} exited ${code}: ${err}`);
  return JSON.parse(out) as InspectReport;
}

export const keyOf = (p: { platform: string; postId: string }) => `${p.platform}:${p.postId}`;

type StoredPost = Pick<
  PostRecord,
  | 'key'
  | 'platform'
  | 'postId'
  | 'url'
  | 'authorKey'
  | 'authorHandle'
  | 'authorName'
  | 'publishedAt'
  | 'text'
  | 'promoted'
>;
type StoredSnapshot = Counts & { postKey: string; followers: number | null };
type StoredAuthor = Omit<AuthorRecord, 'followersAt'>;

/** The part of the database a page's reading decides (no times, no generated ids), in key order. */
export interface StoredView {
  posts: StoredPost[];
  snapshots: StoredSnapshot[];
  /** The profile header's author, when the page has one. */
  profile: StoredAuthor | null;
}

const counts = (from: Counts): Counts =>
  Object.fromEntries(COUNT_FIELDS.map((f) => [f, from[f] ?? null])) as Counts;
const byKey =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a).localeCompare(key(b));

/**
 * What the database must hold after the page is read once into an empty database. A snapshot's
 * followers are the author's as the page shows them: on the post itself, else the page's own
 * profile header when the post is that author's.
 */
export function expectedView(report: InspectReport): StoredView {
  const profile = report.profile;
  const profileKey = profile ? authorKey(profile.platform, profile.handle) : null;
  const posts = report.posts.map(
    (r): StoredPost => ({
      key: keyOf(r),
      platform: r.platform,
      postId: r.postId,
      url: r.url,
      authorKey: r.author.handle ? authorKey(r.platform, r.author.handle) : null,
      authorHandle: r.author.handle,
      authorName: r.author.name,
      publishedAt: r.publishedAt,
      text: r.text,
      promoted: r.promoted === true,
    }),
  );
  const snapshots = report.posts.map((r): StoredSnapshot => {
    const own = r.author.handle ? authorKey(r.platform, r.author.handle) : null;
    const fromProfile = own !== null && own === profileKey ? (profile?.followers ?? null) : null;
    return { postKey: keyOf(r), ...counts(r), followers: r.author.followers ?? fromProfile };
  });
  return {
    posts: posts.sort(byKey((p) => p.key)),
    snapshots: snapshots.sort(byKey((s) => s.postKey)),
    profile: profile
      ? {
          key: profileKey!,
          platform: profile.platform,
          handle: profile.handle,
          name: profile.name,
          followers: profile.followers,
        }
      : null,
  };
}

/** The same view of what the database holds. `profileKey`: the author to show as the profile. */
export function storedView(dump: DbDump, profileKey: string | null): StoredView {
  const author = profileKey ? dump.authors.find((a) => a.key === profileKey) : undefined;
  return {
    // The fields a reading decides, each by name: what else a record holds (times, summaries the
    // store derives) is not the page's.
    posts: dump.posts
      .map(
        (p): StoredPost => ({
          key: p.key,
          platform: p.platform,
          postId: p.postId,
          url: p.url,
          authorKey: p.authorKey,
          authorHandle: p.authorHandle,
          authorName: p.authorName,
          publishedAt: p.publishedAt,
          text: p.text,
          promoted: p.promoted,
        }),
      )
      .sort(byKey((p) => p.key)),
    snapshots: dump.snapshots
      .map((s: SnapshotRecord) => ({ postKey: s.postKey, ...counts(s), followers: s.followers }))
      .sort(byKey((s) => s.postKey)),
    profile: author
      ? {
          key: author.key,
          platform: author.platform,
          handle: author.handle,
          name: author.name,
          followers: author.followers,
        }
      : null,
  };
}

/** Whether everything the page should have stored is there (the writes are asynchronous). */
export function allStored(dump: DbDump, expected: StoredView): boolean {
  const posts = new Set(dump.posts.map((p) => p.key));
  const snapped = new Set(dump.snapshots.map((s) => s.postKey));
  return (
    expected.posts.every((p) => posts.has(p.key) && snapped.has(p.key)) &&
    (expected.profile === null || dump.authors.some((a) => a.key === expected.profile!.key))
  );
}
