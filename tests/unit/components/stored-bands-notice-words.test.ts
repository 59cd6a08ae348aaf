// Options, stored bands that could not be used (an older or broken version, another tool or a hand
// edit wrote them): the page says why they were not used and what it applies until Save. Stored
// bands can fail by a threshold out of 0–100 %, a threshold missing, or thresholds that do not
// rise; the notice said "each band must be between 0% and 100%" for every one of them, also for
// X bands of 5 %, 2 % and 10 % (all within 0–100 %, out of order), which is untrue.

import { storedProblemsText } from '@/components/options/settings-model';
import { checkSettings, DEFAULT_SETTINGS } from '@/lib/settings';

const noticeFor = (x: unknown) =>
  storedProblemsText(checkSettings({ ...DEFAULT_SETTINGS, bands: { x } }).problems);

// Each case with what the notice must say for it to be true of that stored value.
it.each([
  ['out of order (5 %, 2 %, 10 %)', { typical: 0.05, strong: 0.02, viral: 0.1 }, /typical ≤ strong ≤ viral/],
  ['one above 100 % (1 %, 2 %, 150 %)', { typical: 0.01, strong: 0.02, viral: 1.5 }, /0%.*100%/],
  ['one below 0 % (-1 %, 3 %, 5 %)', { typical: -0.01, strong: 0.03, viral: 0.05 }, /0%.*100%/],
  ['one missing (1 %, 3 %, null)', { typical: 0.01, strong: 0.03, viral: null }, /0%.*100%/],
])('stored X bands %s: the notice names X bands and says what they must be', (_, x, says) => {
  const notice = noticeFor(x);
  expect(notice).toMatch(/^Not usable as stored, so the default applies until you save: X bands/);
  expect(notice).toMatch(says);
});

it('stored X bands that rise within 0–100 % are used, and nothing is said', () => {
  expect(noticeFor({ typical: 0.01, strong: 0.02, viral: 0.05 })).toBeNull();
});
