import { useState } from 'react';
import { useT } from '../../../common/i18n.js';
import { navigate } from '../../actions.js';
import { useFacilitatorStore } from '../../state/store.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { ActivityList } from './ActivityList.js';
import { AgendaPanel } from './AgendaPanel.js';
import { liveActivitiesByLine, plannedMinutesOf } from './agenda-plan.js';
import { ConsoleHeader } from './ConsoleHeader.js';
import { CounselingPanel } from './CounselingPanel.js';
import { Roster } from './Roster.js';
import { RunPanel } from './RunPanel.js';
import { TimerControls } from './TimerControls.js';
import { useProgramDay } from './use-program-day.js';

/**
 * One live session in two columns at 1280×720: the spine on the left (a program day's whole agenda,
 * or a quick session's activity list; one line and one verb per activity), the running activity on
 * the right (timer, run panel, then the room).
 */
export function ConsolePage() {
  const t = useT();
  const ready = useFacilitatorStore((s) => s.live !== null);
  const watchError = useFacilitatorStore((s) => s.watchError);
  const activities = useFacilitatorStore((s) => s.live?.activities);
  const currentId = useFacilitatorStore((s) => s.live?.session.currentActivityId ?? null);
  const programDay = useProgramDay();
  const [editing, setEditing] = useState(false);
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
  // The timer proposes the running line's planned minutes (a quick session keeps the timer's default).
  const modules = programDay.day?.modules ?? [];
  const planned = plannedMinutesOf(modules, liveActivitiesByLine(modules, activities ?? []), currentId);
  const toggle = () => setEditing((e) => !e);
  return (
    <div className="console">
      <ConsoleHeader />
      <div className="console-grid">
        <div className="console-spine">
          {programDay.ids && !editing ? (
            <AgendaPanel state={programDay} onEdit={toggle} />
          ) : (
            <ActivityList editing={editing} programDay={programDay.ids !== null} onToggle={toggle} />
          )}
        </div>
        <div className="console-side">
          <TimerControls
            key={`${currentId ?? 'none'}/${planned ?? ''}`}
            defaultMinutes={planned ?? undefined}
          />
          <RunPanel />
          <CounselingPanel programDay={programDay} />
          <Roster />
        </div>
      </div>
    </div>
  );
}
