import { StorageWarning } from '@/components/common/storage-warning';
import { OptionsForm } from '@/components/options/options-form';
import { WatchlistPanel } from '@/components/options/watchlist-panel';

export function App() {
  return (
    <main class="options-page">
      <header>
        <h1>PostLens settings</h1>
        <a href="/dashboard.html">Open dashboard</a>
      </header>
      <StorageWarning />
      <OptionsForm />
      <WatchlistPanel />
    </main>
  );
}
