import { addStrings, useT } from '../../common/i18n.js';
import type { CounselingPhoneProps } from '../counseling-types.js';
// Types only from the module: its schemas (zod) stay off the phone.
import type {
  BarrierMapConfig,
  BarrierMapPersonal,
} from '../../../../shared/activities/barrier-map/types.js';
import { PlanView } from './PlanView.js';
import { RateView } from './RateView.js';
import { RehearseView } from './RehearseView.js';
import { SensitivePart } from './SensitivePart.js';
import { strings } from './strings.js';
import { useSaves } from './useSaves.js';
import './barrier-map.css';

addStrings(strings);

/**
 * The barrier map on a member's phone (lazily loaded): rate each barrier, plan for the top ones,
 * rehearse the if-then lines with a partner. The phase is the facilitator's; every tap saves.
 */
export function Phone(props: CounselingPhoneProps<BarrierMapConfig, BarrierMapPersonal>) {
  const { idPrefix, activity, personal, give, act } = props;
  const t = useT();
  const saves = useSaves(give, personal);
  if (personal === null) return <p className="loading">{t('barrierMap.loading')}</p>;
  const sensitivePart = act ? (
    <SensitivePart idPrefix={idPrefix} personal={personal} saves={saves} act={act} />
  ) : null;
  const rate = (
    <RateView idPrefix={idPrefix} personal={personal} saves={saves} sensitivePart={sensitivePart} />
  );
  if (activity.phase === 'plan')
    return (
      <div className="bm">
        <PlanView idPrefix={idPrefix} personal={personal} saves={saves} />
        {/* Ratings may still be adjusted while planning; the plans follow the new top barriers. */}
        <details className="fold bm-fix">
          <summary>{t('barrierMap.fixRatings')}</summary>
          {rate}
        </details>
      </div>
    );
  if (activity.phase === 'rehearse')
    return (
      <div className="bm">
        <RehearseView idPrefix={idPrefix} personal={personal} saves={saves} />
      </div>
    );
  return <div className="bm">{rate}</div>;
}
