// Where the user exports: the export panel says, after Export CSV, that Excel would cut a post's
// text longer than the 32,767 characters it holds in a cell, and which exports hold it whole.
import { ExportButtons } from '@/components/dashboard/export-buttons';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);

it('Export CSV of a post longer than an Excel cell: the panel says Excel cuts it, JSON and NDJSON hold it', async () => {
  await record([reading({ postId: '1', text: 'a'.repeat(40_000), likes: 3 })]);
  const download = vi.fn();
  render(<ExportButtons filteredKeys={null} download={download} now={() => new Date(2025, 0, 10, 9)} />);
  fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
  await waitFor(() => expect(download).toHaveBeenCalled());
  expect(await screen.findByRole('status')).toHaveProperty(
    'textContent',
    'Saved postlens-2025-01-10.csv: 1 post. 1 of them has a cell of more than 32,767 characters, more than ' +
      'Microsoft Excel holds in a cell: the file keeps it whole, but Excel cuts such cells when it opens the ' +
      'file. JSON and NDJSON exports hold it whole.',
  );
});
