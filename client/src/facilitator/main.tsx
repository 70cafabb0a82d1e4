import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { activityStrings } from '../activities/registry-results.js';
import { initI18n } from '../common/i18n.js';
import { commonStrings } from '../i18n/common.js';
import { facilitatorStrings } from '../i18n/facilitator.js';
import { startFacilitator } from './actions.js';
import { App } from './ui/App.js';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/fonts.css';
import '../styles/results.css';
import '../styles/facilitator.css';
import '../styles/facilitator-console.css';
import '../styles/facilitator-console-spine.css';
import '../styles/facilitator-console-room.css';
import '../styles/facilitator-console-agenda.css';
import '../styles/facilitator-pages.css';
import '../styles/facilitator-home.css';
import '../styles/facilitator-new-program.css';
import '../styles/facilitator-program-page.css';
import '../styles/facilitator-agenda-editor.css';
import '../styles/facilitator-roster.css';
import '../styles/facilitator-dialogs.css';
import '../styles/facilitator-follow-up.css';
import '../styles/facilitator-testimonials.css';
import '../styles/facilitator-assessments.css';
import '../styles/facilitator-satisfaction.css';
import '../styles/facilitator-admin.css';
import '../styles/facilitator-day-sessions.css';
import '../styles/facilitator-run.css';
import '../styles/facilitator-counseling.css';
import '../styles/facilitator-print.css';
import '../styles/facilitator-reports.css';

initI18n([commonStrings, facilitatorStrings, ...Object.values(activityStrings)]);
void startFacilitator();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
