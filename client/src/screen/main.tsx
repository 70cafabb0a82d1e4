import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { activityStrings } from '../activities/registry-results.js';
import { initI18n, translate } from '../common/i18n.js';
import { commonStrings } from '../i18n/common.js';
import { screenStrings } from '../i18n/screen.js';
import { startScreen } from './connection.js';
import { useScreenStore } from './store.js';
import { App } from './ui/App.js';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/fonts.css';
import '../styles/results.css';
import '../styles/screen.css';
import '../styles/screen-activity.css';

initI18n([commonStrings, screenStrings, ...Object.values(activityStrings)]);
// The link's language, not the stored one (which belongs to the console sharing this browser).
const { lang } = useScreenStore.getState();
document.documentElement.lang = lang;
document.title = translate('screen.pageTitle', undefined, lang);
startScreen();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
