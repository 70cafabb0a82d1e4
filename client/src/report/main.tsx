import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../common/i18n.js';
import { commonStrings } from '../i18n/common.js';
import { reportStrings } from '../i18n/report.js';
import { App } from './App.js';
import { credentialFor, requestedProgram, takeLinkToken } from './credentials.js';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/report.css';

initI18n([commonStrings, reportStrings]);

// The link's token leaves the address bar before anything renders.
const linkToken = takeLinkToken();
// A fresh link names its own program in the answer; a stored credential is the program's.
const programId = linkToken ? null : requestedProgram();
const credential = credentialFor(programId, linkToken);

// Offline once opened: a worker scoped to /r keeps the page and its assets (server/http/report-worker.ts).
if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/r/sw.js', { scope: '/r' }).catch(() => {
      // No worker (private mode, http on a LAN address): the page still works online.
    });
  });
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App programId={programId} credential={credential} />
    </StrictMode>,
  );
}
