// The JSON export round trip with campaigns, through the dashboard's Export JSON and import.

import { ExportButtons } from '@/components/dashboard/export-buttons';
import { EXPORT_VERSION } from '@/lib/transfer/format';
import { readImport } from '@/lib/transfer/json-import';
import { fireEvent, render, screen, waitFor } from '../../testing-library';
import { backend, resetAll } from '../helpers';
import { PAGE, saveDirect, seedPosts, storedCampaigns } from './setup-campaigns';

vi.mock('@/lib/messaging/protocol', async () => (await import('../helpers')).protocolMock);
beforeEach(resetAll);

// Runs once the dashboard's export is bumped to version 2 (see the integration notes): before
// that the JSON export holds no campaigns.
it.runIf(EXPORT_VERSION >= 2)(
  'exports campaigns in JSON version 2 and imports them back; version 1 files still import',
  async () => {
    await seedPosts();
    const c = await saveDirect({
      postKeys: ['x:1'],
      spend: { amountMinor: 123, currency: 'EUR' },
      clicks: 5,
    });
    const download = vi.fn();
    render(<ExportButtons filteredKeys={null} download={download} now={() => new Date(2025, 0, 10)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(download).toHaveBeenCalled());
    const text = download.mock.calls[0]![0] as string;
    const json = JSON.parse(text);
    expect(json.version).toBe(2);
    expect(json.campaigns).toHaveLength(1);

    expect(await backend().deleteCampaign(c.id, PAGE)).toEqual({ ok: true });
    const parsed = readImport(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const result = await backend().importData(parsed.data, PAGE);
    expect(result).toMatchObject({ ok: true, added: { campaigns: 1 } });
    expect(await storedCampaigns()).toEqual([c]);

    const v1 = { ...json, version: 1 };
    delete v1.campaigns;
    const old = readImport(JSON.stringify(v1));
    if (!old.ok) throw new Error(old.error);
    expect(await backend().importData(old.data, PAGE)).toEqual({
      ok: true,
      added: { posts: 0, snapshots: 0, authors: 0, followerSnapshots: 0 },
    });
  },
);
