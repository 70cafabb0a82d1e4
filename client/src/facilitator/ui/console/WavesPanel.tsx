import { useT } from '../../../common/i18n.js';
import { useFacilitatorStore } from '../../state/store.js';
import { useMemberNicknames } from './use-member-nicknames.js';
import { WaveCard } from './WaveCard.js';
import { sortWaves } from './wave-lines.js';
import '../../../styles/facilitator-waves.css';

/**
 * "평가 / Assessments" on a program day's console (docs/design/assessments-reports.md §2.2–2.3): every
 * wave of the program's plan — kind, instrument, day, status, who handed in — with its controls
 * (open with an optional time limit, remind, extend, close). Waves are the program's truth; the
 * agenda's instrument lines only show them.
 */
export function WavesPanel({ programId }: { programId: string }) {
  const t = useT();
  const waves = useFacilitatorStore((s) => (s.wavesProgramId === programId ? s.waves : null));
  const memberIds = [...new Set((waves ?? []).flatMap((w) => (w.anonymous ? [] : Object.keys(w.members))))];
  const nicknames = useMemberNicknames(programId, memberIds);
  if (!waves || waves.length === 0) return null;
  return (
    <section className="card waves-panel" aria-labelledby="waves-panel-title" data-testid="waves-panel">
      <h2 id="waves-panel-title">{t('waves.title')}</h2>
      <p className="hint">{t('waves.hint')}</p>
      <ul className="wave-list">
        {sortWaves(waves).map((wave) => (
          <WaveCard key={wave.waveId} wave={wave} nicknames={nicknames} />
        ))}
      </ul>
    </section>
  );
}
