// @vitest-environment node

// The options page gives its prune texts no locale: their dates followed the JavaScript default
// (here en-US), so a German user read "löscht … vom Mar 1, 2025 bis …" among German dates.
import { automaticText, previewText } from '@/components/options/prune-text';
import { setMessageLookup } from '@/lib/i18n';
import type { PrunePreview, RetentionStatus } from '@/lib/messaging';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';

afterAll(async () => setMessageLookup(lookupFrom(await loadMessages('en')), 'en'));

const AT = Date.UTC(2025, 2, 1, 12);
const german = new Intl.DateTimeFormat('de', { dateStyle: 'medium' }).format(AT);

it('the preview’s dates are written in the UI’s language (German)', async () => {
  setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
  const preview = {
    snapshots: 3,
    posts: 1,
    followerSnapshots: 0,
    authors: 0,
    oldest: AT,
    newest: AT,
    retentionDays: 30,
  } as unknown as PrunePreview;
  expect(previewText(preview)).toContain(german);
});

it('the automatic prune’s consent date too', async () => {
  setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
  const status = {
    retentionDays: 30,
    consent: { retentionDays: 30, at: AT },
    automatic: true,
    lastAutomatic: null,
  } as unknown as RetentionStatus;
  expect(automaticText(status)).toContain(german);
});
