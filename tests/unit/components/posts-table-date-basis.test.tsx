// The Posts date filter keeps a post by its posting time, or by when PostLens first saw it when
// the page showed none (PostRow.date): the From and To fields say so, so a post with a dash for
// Posted that the range keeps (or drops) is not a surprise.
import { FiltersBar } from '@/components/dashboard/filters-bar';
import { EMPTY_FILTER } from '@/lib/queries';
import { render, screen } from '../testing-library';
import { resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);

it.each(['From', 'To'])('the %s field names the date it filters on, first seen included', (label) => {
  render(<FiltersBar filter={EMPTY_FILTER} authors={[]} onChange={() => {}} />);
  const input = screen.getByLabelText(label) as HTMLInputElement;
  const said = `${input.title} ${input.closest('label')?.title ?? ''}`.toLowerCase();
  expect(said).toContain('posted');
  expect(said).toContain('first seen');
});
