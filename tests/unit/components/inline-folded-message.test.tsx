// FoldedMessage's inline form, one for the three lines that sit beside buttons (the prune panel's
// and the settings form's status lines, a star's error), which each had their own copy: the
// sentence in a <span> carrying the role, the browser's raw words folded after it, never in it.

import { InlineFoldedMessage } from '@/components/common/action-failed';
import { t } from '@/lib/i18n';
import { describeStorageError, withRawError } from '@/lib/store';
import { render } from '../testing-library';

const RAW = 'QUOTA_BYTES quota exceeded';

it.each([
  [
    'a sentence with raw words',
    (): string => withRawError('Could not save.', RAW),
    'status',
    'Could not save.',
    RAW,
  ],
  [
    'a storage failure',
    (): string => describeStorageError(new DOMException('Closing.', 'UnknownError')),
    'alert',
    t('store.error.failed'),
    'UnknownError: Closing.',
  ],
  ['a sentence alone', (): string => 'Saved.', 'status', 'Saved.', null],
  [
    'a parent that speaks',
    (): string => withRawError('Could not save.', RAW),
    undefined,
    'Could not save.',
    RAW,
  ],
] as const)('%s: the sentence said, its raw words folded after it', (_, message, role, text, raw) => {
  const { container } = render(
    <div>
      <InlineFoldedMessage message={message()} role={role} />
    </div>,
  );
  const line = container.firstElementChild as HTMLElement;
  const [sentence, details, ...rest] = [...line.children];
  expect(rest).toEqual([]);
  expect(sentence?.tagName).toBe('SPAN');
  expect(sentence?.getAttribute('role')).toBe(role ?? null);
  expect(sentence?.textContent).toBe(` ${text}`);
  // Folded beside the sentence, never inside the <span> (which may hold phrasing content only).
  expect(sentence?.querySelector('details')).toBeNull();
  if (raw === null) expect(details).toBeUndefined();
  else {
    expect(details?.tagName).toBe('DETAILS');
    expect(details?.querySelector('summary')?.textContent).toBe(t('dashboard.post.errorDetail'));
    expect(details?.querySelector('code')?.textContent).toBe(raw);
  }
});
