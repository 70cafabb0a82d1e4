import { useState } from 'react';
import { counselingModule } from '../../../../../shared/activities/counseling-registry.js';
import { useT } from '../../../common/i18n.js';
import { actOnProgram } from '../../connection.js';
import { useFacilitatorStore } from '../../state/store.js';
import {
  counselingLines,
  lineAction,
  openedByOf,
  openFirst,
  type CounselingLine,
} from './counseling-lines.js';
import { CounselingRun } from './CounselingRun.js';
import type { ProgramDayState } from './use-program-day.js';

function LineRow({
  line,
  programId,
  sessionId,
}: {
  line: CounselingLine;
  programId: string;
  sessionId: string;
}) {
  const t = useT();
  const action = lineAction(line) ?? 'open';
  const ended = useFacilitatorStore((s) => s.live?.session.status === 'ended');
  // Group work (peer cards, rehearsal pairs, interview triads) runs in the program's newest grouping.
  const groupingId = useFacilitatorStore((s) => s.groupings[0]?.id);
  // A type with notes can open with every note held for review; a line opened before keeps its settings.
  const holdable = action === 'open' && counselingModule(line.type)?.notes !== undefined;
  const [holdNotes, setHoldNotes] = useState(false);
  const config = holdable && holdNotes ? { ...(line.config as object | undefined), holdNotes } : line.config;
  const run = () =>
    void (action === 'close' && line.view
      ? actOnProgram('counseling:close', { activityId: line.view.id })
      : actOnProgram('counseling:open', {
          programId,
          sessionId,
          agendaKey: line.key,
          type: line.type,
          title: line.title,
          ...(config === undefined ? {} : { config }),
          ...(groupingId ? { groupingId } : {}),
        }));
  return (
    <li className="counseling-line" data-testid="counseling-line" data-key={line.key}>
      <span className="line-title">{line.title}</span>
      <span className="line-kind">
        {t(`counselingPanel.types.${line.type}`)} ·{' '}
        {t(`counselingPanel.status.${line.view?.status ?? 'none'}`)}
      </span>
      <button
        type="button"
        className={action === 'close' ? undefined : 'primary'}
        disabled={ended && action !== 'close'}
        aria-label={t(action === 'close' ? 'counselingPanel.closeLabel' : 'counselingPanel.openLabel', {
          title: line.title,
        })}
        data-testid={`counseling-${action}`}
        onClick={run}
      >
        {t(`counselingPanel.${action}`)}
      </button>
      {holdable && (
        <label className="line-option">
          <input
            type="checkbox"
            checked={holdNotes}
            aria-label={t('notesReview.holdOptionLabel', { title: line.title })}
            onChange={(e) => setHoldNotes(e.target.checked)}
          />{' '}
          {t('notesReview.holdOption')}
        </label>
      )}
    </li>
  );
}

/**
 * "상담 활동 / Counseling" on a program day's console: the day's counseling agenda lines with Open /
 * Close (by the line's key), then each open counseling activity of the program (tasks opened on
 * earlier days included) with its phases, per-member progress and the suppressed picture.
 */
export function CounselingPanel({ programDay }: { programDay: ProgramDayState }) {
  const t = useT();
  const views = useFacilitatorStore((s) => s.counseling);
  const sessionId = useFacilitatorStore((s) => s.live?.session.id ?? null);
  const ids = programDay.ids;
  if (!ids || !sessionId) return null;
  // A line the plan opens (an instrument) has no verb here: the agenda shows its wave's state and
  // the header's 평가 dialog runs it.
  const lines = counselingLines(programDay.day?.modules ?? [], views).filter((l) => l.openedBy === 'line');
  // A plan's activities (instrument waves) are run from the 평가 panel, not here.
  const open = openFirst(views).filter((v) => v.status === 'open' && openedByOf(v.type) === 'line');
  if (lines.length === 0 && open.length === 0) return null;
  return (
    <section
      className="card counseling-panel"
      aria-labelledby="counseling-panel-title"
      data-testid="counseling-panel"
    >
      <h2 id="counseling-panel-title">{t('counselingPanel.title')}</h2>
      <p className="hint">{t('counselingPanel.hint')}</p>
      {lines.length === 0 ? (
        <p className="hint">{t('counselingPanel.noLines')}</p>
      ) : (
        <ul className="counseling-lines">
          {lines.map((line) => (
            <LineRow key={line.key} line={line} programId={ids.programId} sessionId={sessionId} />
          ))}
        </ul>
      )}
      {open.map((view) => (
        <CounselingRun key={view.id} view={view} closable={!lines.some((l) => l.view?.id === view.id)} />
      ))}
    </section>
  );
}
