import { useMemo, useState } from 'preact/hooks';
import { useAnnotations } from '@/components/annotations';
import { CampaignsPanel } from '@/components/campaigns';
import { FoldedMessage } from '@/components/common/action-failed';
import { StorageWarning } from '@/components/common/storage-warning';
import { AuthorsView } from '@/components/dashboard/authors-view';
import { DataPanel } from '@/components/dashboard/data-panel';
import { PostDetail } from '@/components/dashboard/post-detail';
import { filteredKeysOf, PostsView } from '@/components/dashboard/posts-view';
import { useRoute } from '@/components/dashboard/use-route';
import { loadingTotal, useRows } from '@/components/dashboard/use-rows';
import { InsightsView } from '@/components/insights/insights-view';
import { OverviewView } from '@/components/insights/overview';
import { EMPTY_FILTER, type RowFilter } from '@/lib/queries';
import { DEFAULT_SORT, type TableSort } from '@/lib/table-views';
import { t } from '../../lib/i18n';

/** The views in the top bar: link, label (asked for at render time) and route. */
const NAV = [
  ['#/overview', () => t('dashboard.nav.overview'), 'overview'],
  ['#/posts', () => t('dashboard.nav.posts'), 'posts'],
  ['#/authors', () => t('dashboard.nav.authors'), 'authors'],
  ['#/insights', () => t('dashboard.nav.insights'), 'insights'],
  ['#/campaigns', () => t('dashboard.nav.campaigns'), 'campaigns'],
  ['#/data', () => t('dashboard.nav.data'), 'data'],
] as const;

export function App() {
  const route = useRoute();
  const [version, setVersion] = useState(0);
  // A post deleted whose tags and notes storage refused to remove: said on the page it returns to.
  const [deleteNote, setDeleteNote] = useState<string | null>(null);
  const changed = () => setVersion((v) => v + 1);
  // Only the Posts table is usable from its first rows; the other views wait for every row.
  const rows = useRows(version, route.view === 'posts');
  // The Posts view's filter lives here, so the Campaigns view can add the posts it shows.
  const [filter, setFilter] = useState<RowFilter>(EMPTY_FILTER);
  // And its order and j/k-highlighted row: the view is gone while a post is open, and "← All posts"
  // (or Back) returns to the table as the user left it.
  const [sort, setSort] = useState<TableSort>(DEFAULT_SORT);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  // Kept here too: the Posts filter may narrow by tag or set, and Campaigns adds what it shows.
  const annotations = useAnnotations();
  // Only the Campaigns view uses it ("Add filtered posts"): filtering every row on each render of
  // every view would repeat the Posts view's own work for nothing.
  const onCampaigns = route.view === 'campaigns';
  const filteredKeys = useMemo(
    () =>
      onCampaigns && rows.status === 'ready'
        ? filteredKeysOf(rows.rows, filter, annotations.annotations)
        : null,
    [onCampaigns, rows, filter, annotations.annotations],
  );
  return (
    <div class="dashboard">
      <header class="top">
        {/* i18n-ignore: brand */}
        <h1>PostLens</h1>
        <nav aria-label={t('dashboard.nav.label')}>
          {NAV.map(([href, label, view]) => (
            <a key={view} href={href} aria-current={route.view === view ? 'page' : undefined}>
              {label()}
            </a>
          ))}
          <a href="/options.html" target="_blank" rel="noopener">
            {t('dashboard.nav.settings')}
          </a>
        </nav>
      </header>
      <main>
        <StorageWarning />
        {deleteNote && <FoldedMessage message={deleteNote} role="alert" />}
        {rows.status === 'failed' ? (
          <p class="error" role="alert">
            {t('dashboard.app.dbFailed', rows.message)}
          </p>
        ) : null}
        {route.view === 'post' ? (
          <>
            <a href="#/posts">{t('dashboard.app.allPosts')}</a>
            <PostDetail
              postKey={route.key}
              row={
                // Its rates as the table shows them: the outlier is among all the author's posts.
                rows.status === 'ready' && loadingTotal(rows.rows) === null
                  ? (rows.rows.find((r) => r.key === route.key) ?? null)
                  : null
              }
              onDeleted={(kept) => {
                changed();
                setDeleteNote(kept ?? null);
                location.hash = '#/posts';
              }}
            />
          </>
        ) : null}
        {route.view === 'posts' ? (
          rows.status === 'ready' ? (
            <PostsView
              rows={rows.rows}
              filter={filter}
              onFilter={setFilter}
              sort={sort}
              onSort={setSort}
              activeKey={activeKey}
              onActiveKey={setActiveKey}
              annotations={annotations}
              erPreference={rows.settings.erPreference}
            />
          ) : rows.status === 'loading' ? (
            <p class="muted">{t('dashboard.loading')}</p>
          ) : null
        ) : null}
        {route.view === 'overview' || route.view === 'insights' ? (
          // Both read every post: not before all rows are in (the first screenful comes first).
          rows.status === 'ready' && loadingTotal(rows.rows) === null ? (
            route.view === 'overview' ? (
              <OverviewView rows={rows.rows} pref={rows.settings.erPreference} />
            ) : (
              <InsightsView rows={rows.rows} pref={rows.settings.erPreference} />
            )
          ) : rows.status !== 'failed' ? (
            <p class="muted">{t('dashboard.app.readingAll')}</p>
          ) : null
        ) : null}
        {route.view === 'authors' ? (
          <AuthorsView
            pref={rows.status === 'ready' ? rows.settings.erPreference : 'auto'}
            version={version}
            onChanged={changed}
            rows={rows.status === 'ready' && loadingTotal(rows.rows) === null ? rows.rows : null}
          />
        ) : null}
        {route.view === 'data' ? <DataPanel onChanged={changed} /> : null}
        {route.view === 'campaigns' ? (
          <CampaignsPanel version={version} onChanged={changed} filteredKeys={filteredKeys} />
        ) : null}
      </main>
    </div>
  );
}
