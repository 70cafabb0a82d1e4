import { addStrings, useT } from '../../common/i18n.js';
import type { CounselingPhoneProps } from '../counseling-types.js';
import type {
  StrengthCardsConfig,
  StrengthCardsPersonal,
} from '../../../../shared/activities/strength-cards/types.js';
import { ExampleField } from './ExampleField.js';
import { FeedbackView } from './FeedbackView.js';
import { Profile } from './Profile.js';
import { SaveAnnouncer } from './SaveBadge.js';
import { SortView } from './SortView.js';
import { strings } from './strings.js';
import { useSaves } from './use-saves.js';
import './strength-cards.css';

addStrings(strings);

/**
 * 강점 찾기 on a member's phone. Sort phase: pick and rank cards, the optional example. Feedback
 * phase: give group-mates cards, then the profile (my top cards, received, seen by both). Every tap
 * is one `give` (or a short sequence) whose state shows beside the control; the view itself comes
 * back from the server (`personal`), so what is shown is what was stored.
 */
export function Phone({
  idPrefix,
  activity,
  personal,
  give,
}: CounselingPhoneProps<StrengthCardsConfig, StrengthCardsPersonal>) {
  const t = useT();
  const saves = useSaves(give);
  if (!personal) {
    return (
      <p className="loading" role="status">
        {t('strengthCards.loading')}
      </p>
    );
  }
  const config = activity.config;
  const example = (nested: boolean) =>
    config.example && <ExampleField idPrefix={idPrefix} personal={personal} saves={saves} nested={nested} />;
  return (
    <div className="sc-phone" data-testid="strength-cards">
      <SaveAnnouncer state={saves.last} />
      {activity.phase === 'sort' ? (
        <SortView config={config} personal={personal} saves={saves} afterPicks={example(true)} />
      ) : (
        <>
          {activity.phase === 'feedback' && (
            <FeedbackView idPrefix={idPrefix} config={config} personal={personal} saves={saves} />
          )}
          <Profile personal={personal} />
          {example(false)}
        </>
      )}
    </div>
  );
}
