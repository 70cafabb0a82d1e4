import { useT } from '../../../common/i18n.js';
import { useFacilitatorStore } from '../../state/store.js';
import { AppLink } from '../AppLink.js';
import { waveLineState, waveOfLine } from './wave-lines.js';
import '../../../styles/facilitator-waves.css';

/**
 * What an agenda line of a plan-opened type (an instrument) says instead of a button: the state of
 * its wave — the plan's wave of that instrument on the line's day — from the 평가 panel's store. With
 * none, it says so and links to the program's plan editor (사전·사후 평가 tab).
 */
export function WaveLineNote({
  instrumentId,
  dayNumber,
  className,
}: {
  instrumentId: string | undefined;
  dayNumber: number | null | undefined;
  className?: string;
}) {
  const t = useT();
  const wave = useFacilitatorStore((s) => waveOfLine(instrumentId, dayNumber, s.waves));
  const programId = useFacilitatorStore((s) => s.wavesProgramId);
  const line = waveLineState(wave);
  const say = (kind: 'kind' | 'kindLong') =>
    line.state === 'none'
      ? t('waves.line.none')
      : t(`waves.line.${line.state}`, {
          kind: t(`waves.${kind}.${line.kind}`),
          submitted: line.submitted,
          total: line.total,
        });
  if (line.state === 'none' && programId)
    return (
      <AppLink
        className={className}
        to={{ name: 'program', programId, tab: 'assessments' }}
        data-testid="wave-line-state"
        data-state="none"
      >
        {say('kind')}
      </AppLink>
    );
  return (
    // Short in the line's narrow column ("사전 · 12/18명 완료"); the long kind on hover.
    <span className={className} title={say('kindLong')} data-testid="wave-line-state" data-state={line.state}>
      {say('kind')}
    </span>
  );
}
