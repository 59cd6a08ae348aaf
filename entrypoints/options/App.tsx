import { StorageWarning } from '@/components/common/storage-warning';
import { OptionsForm } from '@/components/options/options-form';
import { WatchlistPanel } from '@/components/options/watchlist-panel';
import { t } from '../../lib/i18n';

export function App() {
  return (
    <main class="options-page">
      <header>
        <h1>{t('options.heading')}</h1>
        <a href="/dashboard.html">{t('common.openDashboard')}</a>
      </header>
      <StorageWarning />
      <OptionsForm />
      <WatchlistPanel />
    </main>
  );
}
