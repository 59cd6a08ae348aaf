import { browser } from 'wxt/browser';
import { FoldedMessage } from '@/components/common/action-failed';
import { StorageWarning } from '@/components/common/storage-warning';
import { AuthorSummary } from '@/components/popup/author-summary';
import { PostList } from '@/components/popup/post-list';
import { SiteControls } from '@/components/popup/site-controls';
import { type PopupData, usePopupData } from '@/components/popup/use-popup-data';
import { LIMITS } from '@/lib/limits';
import { PLATFORM_NAMES, platformNames } from '@/lib/platforms';
import { t, tn, wholeNumber } from '../../lib/i18n';

/** Why PostLens keeps nothing of this page now (switched off, or off for its platform), or null. */
function offHere(d: PopupData): string | null {
  if (!d.settings.enabled) return t('popup.empty.switchedOff');
  if (d.platform && !d.settings.platforms[d.platform]) return t('popup.empty.platformOff');
  return null;
}

/**
 * Why the posts the page read are missing from the list: deleted in the dashboard after the page
 * read them, or an id or a link PostLens cannot store, are never stored from those readings, so
 * only the rest are told to come "in a moment". `listed`: the list shows some posts (then "N more").
 */
function unsavedNotes(d: PopupData, listed: boolean): string[] {
  const notes: string[] = [];
  if (d.waitingCount > 0)
    // Read by the page, not yet in the database (the background asleep or still writing).
    notes.push(tn(listed ? 'popup.notStoredYet' : 'popup.empty.notStoredYet', d.waitingCount));
  if (d.deletedCount > 0) notes.push(tn('popup.deletedHere', d.deletedCount));
  if (d.refusedCount > 0) notes.push(tn('popup.refusedHere', d.refusedCount));
  // The page knows which links were refused, not for which rule: the note says all of them.
  if (d.refusedLinkCount > 0)
    notes.push(tn('popup.refusedLinkHere', d.refusedLinkCount, wholeNumber(LIMITS.url)));
  return notes;
}

function emptyMessage(d: PopupData): string[] {
  if (d.reachable) {
    const off = offHere(d);
    if (off) return [off];
    if (d.readCount > 0) return unsavedNotes(d, false);
    return [t('popup.empty.noPostsYet')];
  }
  return [unreachableMessage(d)];
}

function unreachableMessage(d: PopupData): string {
  switch (d.site) {
    case 'builtin':
    case 'enabled':
      // A reload reads nothing while PostLens is off here: that is said instead.
      return offHere(d) ?? t('popup.empty.reload');
    case 'available':
      return t('popup.empty.available', PLATFORM_NAMES.mastodon);
    default:
      return t('popup.empty.unsupported', platformNames('and'));
  }
}

export function App() {
  const [state, reload] = usePopupData();
  const dashboardUrl = browser.runtime.getURL('/dashboard.html');
  return (
    <main class="popup">
      <header>
        {/* i18n-ignore: brand */}
        <h1>PostLens</h1>
        <a href={dashboardUrl} target="_blank" rel="noopener">
          {t('common.openDashboard')}
        </a>
      </header>
      <StorageWarning />
      {state.status === 'loading' ? <p class="muted">{t('common.loading')}</p> : null}
      {state.status === 'failed' ? (
        <FoldedMessage message={state.message} role="alert" class="error" />
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
          {state.error ? <FoldedMessage message={state.error} role="alert" class="error" /> : null}
          {state.author ? <AuthorSummary view={state.author} /> : null}
          {/* After a database error the empty list says nothing about the page: its advice
              ("scroll to the posts", "reload") would be wrong, so only the error stands. */}
          {state.posts.length > 0 ? (
            <>
              <PostList posts={state.posts} dashboardUrl={dashboardUrl} />
              {/* Posts read while PostLens is off here are never stored: no "open again in a
                  moment" for them, but why. */}
              {offHere(state) ? (
                <p class="muted">{offHere(state)}</p>
              ) : (
                unsavedNotes(state, true).map((note) => (
                  <p key={note} class="muted">
                    {note}
                  </p>
                ))
              )}
            </>
          ) : state.error ? null : (
            emptyMessage(state).map((message) => (
              <p key={message} class="empty">
                {message}
              </p>
            ))
          )}
        </>
      ) : null}
    </main>
  );
}
