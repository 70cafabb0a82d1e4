import { useEffect, useRef, useState } from 'react';
import { counselingModule } from '../../../../../shared/activities/counseling-registry.js';
import { MAX_NOTES_PER_MESSAGE } from '../../../../../shared/protocol/limits.js';
import type {
  CounselingAnswerRow,
  CounselingAnswers,
  CounselingConsoleView,
} from '../../../../../shared/protocol/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import { actOnProgram } from '../../connection.js';
import { useMemberNicknames } from './use-member-nicknames.js';

/** While the list is open, new notes show up at most this often (progress ticks every 250 ms in a busy room). */
const RELOAD_EVERY_MS = 2_000;

interface ReviewedNote {
  row: CounselingAnswerRow;
  label: string;
  text: string;
}

/** Held first (what waits for the facilitator), then the newest. */
const heldFirst = (a: ReviewedNote, b: ReviewedNote) =>
  Number(b.row.noteState === 'held') - Number(a.row.noteState === 'held') ||
  b.row.updatedAt - a.row.updatedAt;

/**
 * The notes members wrote each other in a type with `notes` (peer cards, interview feedback): the
 * facilitator reads them and shows a held one to its receiver, or holds a shown one back. Opened
 * with "review first", every note starts held, so the list opens by itself.
 */
export function NotesReview({ view }: { view: CounselingConsoleView }) {
  const t = useT();
  const lang = useLang();
  const notes = counselingModule(view.type)?.notes;
  const holding = (view.config as { holdNotes?: unknown } | null)?.holdNotes === true;
  const [open, setOpen] = useState(holding);
  const [answers, setAnswers] = useState<CounselingAnswers | null>(null);
  const [busy, setBusy] = useState(false);
  const lastLoad = useRef(0);
  const load = async () => {
    lastLoad.current = Date.now();
    const ack = await actOnProgram('counseling:answers', { activityId: view.id });
    if (ack.ok) setAnswers(ack.data as CounselingAnswers);
  };
  // A progress update means someone wrote something: read the notes again, throttled.
  useEffect(() => {
    if (!open) return;
    const wait = Math.max(0, lastLoad.current + RELOAD_EVERY_MS - Date.now());
    const timer = setTimeout(() => void load(), wait);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, view.progress, view.phase]);
  const reviewed: ReviewedNote[] = (answers?.answers ?? [])
    .filter((row) => row.noteState !== null && row.subjectMemberId !== null)
    .flatMap((row) => {
      const described = notes?.describe(row.itemKey, row.value);
      return described ? [{ row, label: described.label[lang], text: described.text }] : [];
    })
    .sort(heldFirst);
  const names = useMemberNicknames(
    view.programId,
    reviewed.map((n) => n.row.subjectMemberId!),
  );
  if (!notes) return null;
  const held = reviewed.filter((n) => n.row.noteState === 'held');
  const setState = async (event: 'note:show' | 'note:hold', ids: string[]) => {
    setBusy(true);
    for (let i = 0; i < ids.length; i += MAX_NOTES_PER_MESSAGE)
      await actOnProgram(event, { activityId: view.id, answerIds: ids.slice(i, i + MAX_NOTES_PER_MESSAGE) });
    await load();
    setBusy(false);
  };
  const headingId = `notes-review-${view.id}`;
  return (
    <details
      className="notes-review"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary id={headingId}>
        {answers ? t('notesReview.titleCount', { held: held.length }) : t('notesReview.title')}
      </summary>
      <p className="hint">{t(holding ? 'notesReview.holdingHint' : 'notesReview.shownHint')}</p>
      {!answers ? (
        <p role="status">{t('common.loading')}</p>
      ) : reviewed.length === 0 ? (
        <p className="hint">{t('notesReview.none')}</p>
      ) : (
        <>
          {held.length > 0 && (
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() =>
                void setState(
                  'note:show',
                  held.map((n) => n.row.answerId),
                )
              }
            >
              {t('notesReview.showAll', { count: held.length })}
            </button>
          )}
          <ul className="notes-list" aria-labelledby={headingId}>
            {reviewed.map(({ row, label, text }) => {
              const to = names.get(row.subjectMemberId!) ?? t('counselingPanel.unknownMember');
              const state = row.noteState === 'held' ? 'held' : 'shown';
              const who = { from: row.nickname, to };
              return (
                <li key={row.answerId} data-testid="review-note" data-state={state}>
                  <p className="note-who">
                    {t('notesReview.fromTo', who)}
                    {row.round > 0 && <> · {t('notesReview.round', { round: row.round })}</>}
                    {!row.signed && <> · {t('notesReview.unsigned')}</>}
                  </p>
                  <p className="note-body">
                    <strong>{label}</strong>
                    {text && <> — {text}</>}
                  </p>
                  <span className={`note-state ${state}`}>{t(`notesReview.state.${state}`)}</span>{' '}
                  <button
                    type="button"
                    disabled={busy}
                    aria-label={t(state === 'held' ? 'notesReview.showLabel' : 'notesReview.holdLabel', who)}
                    onClick={() =>
                      void setState(state === 'held' ? 'note:show' : 'note:hold', [row.answerId])
                    }
                  >
                    {t(state === 'held' ? 'notesReview.show' : 'notesReview.hold')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </details>
  );
}
