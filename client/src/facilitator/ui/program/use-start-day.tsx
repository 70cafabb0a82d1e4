import { useState, type ReactNode } from 'react';
import { useT } from '../../../common/i18n.js';
import { startDay } from '../../program-actions.js';
import { ConfirmDialog } from '../Dialog.js';

/**
 * Starting a day, with the one question a start may need: another day of the program still runs
 * ("1일차가 아직 진행 중입니다. 끝내고 2일차를 시작할까요?"). On yes the server ends that day and
 * starts this one in one transaction; on cancel nothing changes.
 */
export function useStartDay(
  programId: string,
  day: { id: string; number: number },
): { start: () => Promise<void>; busy: boolean; dialog: ReactNode } {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [runningDay, setRunningDay] = useState<number | null>(null);
  const run = async (endRunning: boolean) => {
    setBusy(true);
    const outcome = await startDay(programId, day.id, endRunning);
    setBusy(false);
    if (typeof outcome === 'object') setRunningDay(outcome.runningDay);
  };
  const names = { running: runningDay ?? 0, next: day.number };
  const dialog =
    runningDay === null ? null : (
      <ConfirmDialog
        id={`running-day-${day.id}`}
        title={t('program.runningTitle', names)}
        confirmLabel={t('program.runningYes', names)}
        danger
        onConfirm={() => void run(true)}
        onClose={() => setRunningDay(null)}
      >
        <p data-testid="running-day-question">{t('program.runningConfirm', names)}</p>
      </ConfirmDialog>
    );
  return { start: () => run(false), busy, dialog };
}
