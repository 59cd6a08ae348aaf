import { render } from 'preact';
import { t } from '../../lib/i18n';
import { App } from './App';
import './style.css';

// The tab's title in the user's language (index.html holds the English one).
document.title = t('popup.pageTitle');
render(<App />, document.getElementById('app')!);
