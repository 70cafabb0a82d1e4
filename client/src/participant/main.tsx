import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { activityStrings } from '../activities/registry-results.js';
import { initI18n } from '../common/i18n.js';
import { commonStrings } from '../i18n/common.js';
import { participantStrings } from '../i18n/participant.js';
import { participantCounselingStrings } from '../i18n/participant-counseling.js';
import { startParticipant } from './connection.js';
import { App } from './ui/App.js';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/results.css';
import '../styles/participant.css';
import '../styles/participant-answer.css';
import '../styles/participant-program.css';
import '../styles/participant-counseling.css';

initI18n([
  commonStrings,
  participantStrings,
  participantCounselingStrings,
  ...Object.values(activityStrings),
]);

/** `/j/123456` comes from the QR code: the code is known, so the phone checks it and asks for a nickname. */
const match = /^\/j\/(\d{6})\/?$/.exec(window.location.pathname);
startParticipant(match?.[1] ?? null);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
