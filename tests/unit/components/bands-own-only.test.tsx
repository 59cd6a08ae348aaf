// Options → Benchmark bands: the bands a user edits are theirs; every other platform keeps the
// descriptor's defaults, so a later PostLens's better defaults still reach it. Editing one field
// saved all ten platforms' defaults of the day as the user's own, and "Reset to defaults" saved
// them again: from then on no default could change for this user.
import { OptionsForm } from '@/components/options/options-form';
import { t } from '@/lib/i18n';
import { DEFAULT_BANDS } from '@/lib/platforms';
import { getSettings } from '@/lib/settings';
import { fireEvent, render, screen } from '../testing-library';
import { resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', () => ({
  enabledSites: vi.fn(async () => []),
  disableSite: vi.fn(),
}));

beforeEach(resetAll);

async function save() {
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  expect(await screen.findByText('Saved.')).toBeTruthy();
  return (await getSettings()).bands;
}

it('saves only the platform whose bands were edited', async () => {
  render(<OptionsForm />);
  fireEvent.input(await screen.findByLabelText('X typical from (%)'), { target: { value: '1.5' } });
  expect(await save()).toEqual({ x: { ...DEFAULT_BANDS.x, typical: 0.015 } });
});

it('"Reset to defaults" leaves no bands of the user’s own', async () => {
  render(<OptionsForm />);
  fireEvent.input(await screen.findByLabelText('Reddit viral from (%)'), { target: { value: '9' } });
  expect(Object.keys(await save())).toEqual(['reddit']);
  fireEvent.click(screen.getByRole('button', { name: t('options.bands.reset') }));
  expect((screen.getByLabelText('Reddit viral from (%)') as HTMLInputElement).value).toBe(
    String(DEFAULT_BANDS.reddit.viral * 100),
  );
  expect(await save()).toEqual({});
});
