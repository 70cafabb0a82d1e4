import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { activityStrings } from '../activities/registry-results.js';
import { initI18n } from '../common/i18n.js';
import { commonStrings } from '../i18n/common.js';
import { screenStrings } from '../i18n/screen.js';
import { startScreen } from './connection.js';
import { App } from './ui/App.js';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/fonts.css';
import '../styles/results.css';
import '../styles/screen.css';

initI18n([commonStrings, screenStrings, ...Object.values(activityStrings)]);
startScreen();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
