import { useState } from 'react';
import { useT } from '../../../common/i18n.js';
import { useFacilitatorStore } from '../../state/store.js';
import { AppLink } from '../AppLink.js';
import { Dialog } from '../Dialog.js';
import { useMemberNicknames } from './use-member-nicknames.js';
import { WaveCard } from './WaveCard.js';
import { sortWaves } from './wave-lines.js';
import '../../../styles/facilitator-waves.css';

/**
 * "평가 / Assessments" (docs/design/assessments-reports.md §2.2–2.3): every wave of the program's
 * plan — kind, instrument, day, status, who handed in — with its controls (open with an optional
 * time limit, remind, extend, close). Waves are the program's truth; the agenda's instrument lines
 * only show them.
 */
export function WavesPanel({ programId }: { programId: string }) {
  const t = useT();
  const waves = useFacilitatorStore((s) => (s.wavesProgramId === programId ? s.waves : null));
  const memberIds = [...new Set((waves ?? []).flatMap((w) => (w.anonymous ? [] : Object.keys(w.members))))];
  const nicknames = useMemberNicknames(programId, memberIds);
  if (!waves || waves.length === 0) return null;
  return (
    <div className="waves-panel" data-testid="waves-panel">
      <p className="hint">
        {t('waves.hint')}{' '}
        <AppLink to={{ name: 'program', programId, tab: 'assessments' }} data-testid="waves-plan-link">
          {t('waves.planLink')}
        </AppLink>
      </p>
      <ul className="wave-list">
        {sortWaves(waves).map((wave) => (
          <WaveCard key={wave.waveId} wave={wave} nicknames={nicknames} />
        ))}
      </ul>
    </div>
  );
}

/**
 * The way in to 평가, in the agenda's head beside 활동 편집: the panel in a dialog, so the agenda and
 * the room keep the page at 1280×720 (the agenda's instrument lines show each wave's count
 * meanwhile). The button says how many waves are open.
 */
export function WavesButton({ programId }: { programId: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const count = useFacilitatorStore((s) => (s.wavesProgramId === programId ? s.waves.length : 0));
  const running = useFacilitatorStore((s) =>
    s.wavesProgramId === programId ? s.waves.filter((w) => w.status === 'open').length : 0,
  );
  if (count === 0) return null;
  return (
    <>
      <button type="button" className="spine-waves" data-testid="open-waves" onClick={() => setOpen(true)}>
        {running > 0 ? t('waves.buttonRunning', { count: running }) : t('waves.button')}
      </button>
      {open && (
        <Dialog id="waves-dialog" title={t('waves.title')} onClose={() => setOpen(false)}>
          <WavesPanel programId={programId} />
        </Dialog>
      )}
    </>
  );
}
