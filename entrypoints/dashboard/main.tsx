import { render } from 'preact';
import { t } from '../../lib/i18n';
import { App } from './App';
import './style.css';

document.title = t('dashboard.pageTitle');
render(<App />, document.getElementById('app')!);
