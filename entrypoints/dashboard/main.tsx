import { render } from 'preact';
import { messagesLanguage, t } from '../../lib/i18n';
import { App } from './App';
import './style.css';

// The tab's title in the user's language (index.html holds the English one).
document.title = t('dashboard.pageTitle');
// The page's language is the messages' (index.html says "en"): screen readers pronounce, and the
// browser hyphenates, German words as German.
document.documentElement.lang = messagesLanguage();
render(<App />, document.getElementById('app')!);
