// The options page's notice of stored settings it could not use names exactly the settings that
// now show their default: every one of them when the stored value is no settings object at all,
// and none for an entry of a platform this PostLens does not have (no field shows it; the
// platforms and bands it does have are used as stored).

import { storedProblemsText } from '@/components/options/settings-model';
import { checkSettings, DEFAULT_SETTINGS } from '@/lib/settings';

const noticeFor = (stored: unknown) => storedProblemsText(checkSettings(stored).problems);

it.each([['settings'], [[1, 2]], [42]])(
  'a stored value %j that is no object names every setting',
  (stored) => {
    const notice = noticeFor(stored) ?? '';
    for (const name of [
      'On (read posts and show badges)',
      'Show badges on posts',
      'Engagement rate denominator',
      'Platforms',
      'Benchmark bands',
      'Snapshot interval',
      'Retention',
    ])
      expect(notice).toContain(name);
  },
);

it('bands stored for a platform this PostLens does not have are not named', () => {
  const stored = {
    ...DEFAULT_SETTINGS,
    bands: {
      x: { typical: 0.01, strong: 0.02, viral: 0.05 },
      orkut: { typical: 0.01, strong: 0.02, viral: 0.05 },
    },
  };
  expect(checkSettings(stored).value.bands).toEqual({ x: { typical: 0.01, strong: 0.02, viral: 0.05 } });
  expect(noticeFor(stored)).toBeNull();
});

it('a switch stored for a platform this PostLens does not have is not named', () => {
  expect(
    noticeFor({ ...DEFAULT_SETTINGS, platforms: { ...DEFAULT_SETTINGS.platforms, orkut: 'on' } }),
  ).toBeNull();
});

it('a known platform whose stored switch or bands are unusable is still named, by its name', () => {
  const notice = noticeFor({
    ...DEFAULT_SETTINGS,
    platforms: { ...DEFAULT_SETTINGS.platforms, reddit: 'off' },
    bands: { x: { typical: 0.5, strong: 0.1, viral: 0.2 } },
  });
  expect(notice).toMatch(/Platforms \(Reddit\)/);
  expect(notice).toMatch(/X bands/);
});
