import { useRef, type ReactNode } from 'react';
import type { ScreenCounseling } from '../../../../shared/protocol/views.js';
import { CountPictureView } from '../../activities/common/CountPictureView.js';
import { useFitText, type FitRange } from '../../activities/common/fitText.js';
import { useT } from '../../common/i18n.js';

/** The same range as the engine's results on the projector (ActivityPanel). */
const PICTURE_FIT: FitRange = { min: 0.4, max: 1.6 };

/**
 * The room's live counseling activity on the projector: its title and the group picture — counts
 * by category after the small-count rule, never a name or anyone's answer. With no picture (the
 * type draws none, or even the total would tell a hidden count) it says people work on their phones.
 */
export function CounselingPanel({ counseling, corner }: { counseling: ScreenCounseling; corner: ReactNode }) {
  const t = useT();
  // Scaled like the engine's results: thirteen barriers fit the screen as well as five strength families.
  const pictureRef = useRef<HTMLDivElement>(null);
  useFitText(pictureRef, counseling.picture, counseling.picture ? PICTURE_FIT : null);
  return (
    <section
      className="stage"
      aria-labelledby="screen-counseling-title"
      data-testid="screen-counseling"
      data-type={counseling.type}
    >
      <header className="stage-head">
        <div className="stage-heading">
          <h1 id="screen-counseling-title" className="activity-title" data-length="short">
            {counseling.title}
          </h1>
        </div>
        <div className="stage-corner">{corner}</div>
      </header>
      {counseling.picture ? (
        <div className="screen-results" ref={pictureRef}>
          <CountPictureView picture={counseling.picture} />
        </div>
      ) : (
        <div className="stage-waiting">
          <p className="results-hidden">{t('screen.counselingNoPicture')}</p>
        </div>
      )}
    </section>
  );
}
