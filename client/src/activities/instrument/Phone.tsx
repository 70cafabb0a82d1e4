import { useCallback, useState } from 'react';
import { addStrings, useT } from '../../common/i18n.js';
import { useParticipantStore } from '../../participant/state/store.js';
// Types only from the module: its schemas (zod) and the content library stay off the phone.
import type {
  InstrumentAnswer,
  InstrumentConfig,
  InstrumentPersonal,
} from '../../../../shared/activities/instrument/index.js';
import type { AssessmentSubmitted } from '../../../../shared/protocol/wave-views.js';
import type { CounselingPhoneProps } from '../counseling-types.js';
import { DueLine, Intro, usePastDue } from './Intro.js';
import { ItemScreen } from './ItemScreen.js';
import { strings } from './strings.js';
import { SubmitScreen, Submitted, type SubmitState } from './Submit.js';
import { useAnswers } from './useAnswers.js';
import { firstUnanswered, instrumentProgress, isDecided, type Answers } from './walk.js';
import './instrument.css';

addStrings(strings);

type Screen = { kind: 'intro' } | { kind: 'item'; index: number } | { kind: 'submit' };

/** One answers object while the view has none: `useAnswers` tells the server's views apart by identity. */
const NO_ANSWERS: Answers = {};

/**
 * An assessment wave on the member's phone (lazily loaded): a first screen, one item per screen on
 * the instrument's own scale, a submit screen, then "제출했어요" with the answers read-only. Every
 * tap is stored at once; "제출하기" waits for them all, then hands in (`assessment:submit`).
 */
export function Phone(props: CounselingPhoneProps<InstrumentConfig, InstrumentPersonal>) {
  const { idPrefix, activity, personal, give, act } = props;
  const t = useT();
  const offset = useParticipantStore((s) => s.clockOffsetMs);
  const [screen, setScreen] = useState<Screen>({ kind: 'intro' });
  const [submit, setSubmit] = useState<SubmitState>({ step: 'idle' });
  /** Handed in on this phone (the ack's time) or elsewhere (refused `wave_submitted`: time unknown). */
  const [handedIn, setHandedIn] = useState<{ at: number | null } | null>(null);
  const onHandedIn = useCallback(() => setHandedIn((h) => h ?? { at: null }), []);
  const state = useAnswers(give, personal?.answers ?? NO_ANSWERS, onHandedIn);
  const pastDue = usePastDue(personal?.dueAt ?? null, offset);

  if (personal === null) return <p className="loading">{t('instrument.loading')}</p>;
  const { instrument } = personal;
  if (!instrument) return <p>{t('instrument.unknown')}</p>;
  const items = instrument.items;

  if (personal.submitted || handedIn)
    return (
      <Submitted
        idPrefix={idPrefix}
        instrument={instrument}
        answers={state.answers}
        at={personal.submitted?.at ?? handedIn?.at ?? null}
        anonymous={personal.anonymous}
      />
    );

  const go = (index: number) =>
    setScreen(
      index < 0 ? { kind: 'intro' } : index >= items.length ? { kind: 'submit' } : { kind: 'item', index },
    );

  const answerAt = (index: number) => (value: InstrumentAnswer) => {
    const item = items[index];
    if (!item) return;
    state.answer(item.id, value);
    go(index + 1);
  };

  const handIn = async () => {
    if (!act) return;
    setSubmit({ step: 'saving' });
    await state.settled();
    setSubmit({ step: 'sending' });
    try {
      const ack = (await act('assessment:submit', { activityId: activity.id })) as AssessmentSubmitted;
      setHandedIn({ at: ack.submittedAt });
    } catch (error) {
      setSubmit({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  let body;
  if (screen.kind === 'item') {
    const item = items[screen.index];
    body = (
      <ItemScreen
        idPrefix={idPrefix}
        instrument={instrument}
        index={screen.index}
        value={item ? state.answers[item.id] : undefined}
        error={item ? (state.errors[item.id] ?? null) : null}
        onAnswer={answerAt(screen.index)}
        onPrevious={() => go(screen.index - 1)}
        onNext={() => go(screen.index + 1)}
      />
    );
  } else if (screen.kind === 'submit') {
    body = (
      <SubmitScreen
        idPrefix={idPrefix}
        instrument={instrument}
        answers={state.answers}
        state={submit}
        onGo={go}
        onPrevious={() => go(items.length - 1)}
        onSubmit={() => void handIn()}
      />
    );
  } else {
    body = (
      <Intro
        idPrefix={idPrefix}
        title={activity.title}
        instrument={instrument}
        anonymous={personal.anonymous}
        decided={items.filter((item) => isDecided(state.answers, item.id)).length}
        onStart={() => go(firstUnanswered(items, state.answers))}
      />
    );
  }
  return (
    <div className="iv" data-testid="instrument" data-screen={screen.kind}>
      <DueLine dueAt={personal.dueAt} past={pastDue} />
      {body}
    </div>
  );
}

/** "3 / 5 완료" on "내 할 일": items decided on, all once handed in. */
export function progressOf(_config: unknown, personal: unknown): { done: number; total: number } {
  return instrumentProgress(personal as InstrumentPersonal | null);
}
