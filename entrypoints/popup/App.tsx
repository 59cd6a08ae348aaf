import { browser } from 'wxt/browser';
import { StorageWarning } from '@/components/common/storage-warning';
import { AuthorSummary } from '@/components/popup/author-summary';
import { PostList } from '@/components/popup/post-list';
import { SiteControls } from '@/components/popup/site-controls';
import { type PopupData, usePopupData } from '@/components/popup/use-popup-data';
import { PLATFORM_NAMES, platformNames } from '@/lib/platforms';

function emptyMessage(d: PopupData): string {
  if (d.reachable) {
    if (!d.settings.enabled) return 'PostLens is switched off.';
    if (d.platform && !d.settings.platforms[d.platform]) return 'PostLens is off for this platform.';
    return 'No posts read on this page yet. Scroll to the posts, then open PostLens again.';
  }
  switch (d.site) {
    case 'builtin':
    case 'enabled':
      return 'PostLens has not read this tab yet. Reload the page to start.';
    case 'available':
      return `PostLens does not read this site. If it is a ${PLATFORM_NAMES.mastodon} server, enable it here.`;
    default:
      return `PostLens reads posts on ${platformNames('and')}. This page is not one of them.`;
  }
}

export function App() {
  const [state, reload] = usePopupData();
  const dashboardUrl = browser.runtime.getURL('/dashboard.html');
  return (
    <main class="popup">
      <header>
        <h1>PostLens</h1>
        <a href={dashboardUrl} target="_blank" rel="noopener">
          Open dashboard
        </a>
      </header>
      <StorageWarning />
      {state.status === 'loading' ? <p class="muted">Loading…</p> : null}
      {state.status === 'failed' ? (
        <p class="error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.status === 'ready' ? (
        <>
          <SiteControls
            settings={state.settings}
            platform={state.platform}
            site={state.site}
            tabUrl={state.tabUrl}
            tabId={state.tabId}
            onChanged={reload}
          />
          {state.error ? (
            <p class="error" role="alert">
              {state.error}
            </p>
          ) : null}
          {state.author ? <AuthorSummary view={state.author} /> : null}
          {state.posts.length > 0 ? (
            <PostList posts={state.posts} dashboardUrl={dashboardUrl} />
          ) : (
            <p class="empty">{emptyMessage(state)}</p>
          )}
        </>
      ) : null}
    </main>
  );
}
