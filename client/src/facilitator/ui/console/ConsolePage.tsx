import { useT } from '../../../common/i18n.js';
import { navigate } from '../../actions.js';
import { useFacilitatorStore } from '../../state/store.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { ActivityList } from './ActivityList.js';
import { AgendaPanel } from './AgendaPanel.js';
import { ConsoleHeader } from './ConsoleHeader.js';
import { Roster } from './Roster.js';
import { RunPanel } from './RunPanel.js';
import { TimerControls } from './TimerControls.js';

/**
 * One live session: the day's agenda (program days) and the activity list on one side, the running
 * activity and the room on the other.
 */
export function ConsolePage() {
  const t = useT();
  const ready = useFacilitatorStore((s) => s.live !== null);
  const watchError = useFacilitatorStore((s) => s.watchError);
  if (!ready) {
    return (
      <div className="card">
        {watchError ? <ErrorText error={watchError} /> : <p role="status">{t('common.loading')}</p>}
        <button type="button" onClick={() => navigate({ name: 'sessions' })}>
          {t('console.backToList')}
        </button>
      </div>
    );
  }
  return (
    <div className="console">
      <ConsoleHeader />
      <div className="console-grid">
        <div className="console-main">
          <AgendaPanel />
          <ActivityList />
        </div>
        <div className="console-side">
          <TimerControls />
          <RunPanel />
          <Roster />
        </div>
      </div>
    </div>
  );
}
