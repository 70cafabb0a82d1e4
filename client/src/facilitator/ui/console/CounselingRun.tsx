import { RoundControls } from '../groupings/RoundControls.js';
import { useState, type FormEvent } from 'react';
import type { CounselingAnswers } from '../../../../../shared/protocol/views.js';
import { consoleParts, type CounselingConsoleParts } from '../../../activities/registry-console.js';
import { counselingModule } from '../../../../../shared/activities/counseling-registry.js';
import { COMMENT_MAX_LENGTH } from '../../../../../shared/protocol/limits.js';
import type { CounselingConsoleView } from '../../../../../shared/protocol/views.js';
import { CountPictureView } from '../../../activities/common/CountPictureView.js';
import { useT } from '../../../common/i18n.js';
import { actOnProgram } from '../../connection.js';
import { NotesReview } from './NotesReview.js';
import { useMemberNicknames } from './use-member-nicknames.js';

/** The member's own work as saved (the type's console part) and the comments sent so far. */
function MemberWorkAndComments({
  answers,
  memberId,
  Work,
}: {
  answers: CounselingAnswers | null;
  memberId: string;
  Work: NonNullable<CounselingConsoleParts['MemberWork']>;
}) {
  const t = useT();
  if (!answers) return <p role="status">{t('common.loading')}</p>;
  const mine = answers.answers.filter((a) => a.memberId === memberId && a.subjectMemberId === null);
  const comments = answers.comments.filter((c) => c.memberId === memberId);
  return (
    <>
      <Work rows={mine} />
      {comments.length > 0 && (
        <ul className="member-comments">
          {comments.map((c) => (
            <li key={c.id}>{c.text}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A comment on one member's work: reaches that member's phones only. */
function CommentBox({
  activityId,
  memberId,
  nickname,
  Work,
}: {
  activityId: string;
  memberId: string;
  nickname: string;
  Work: NonNullable<CounselingConsoleParts['MemberWork']>;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const [answers, setAnswers] = useState<CounselingAnswers | null>(null);
  const id = `comment-${activityId}-${memberId}`;
  const load = async () => {
    const ack = await actOnProgram('counseling:answers', { activityId });
    if (ack.ok) setAnswers(ack.data as CounselingAnswers);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim() || sending) return;
    setSending(true);
    const ack = await actOnProgram('comment:add', { activityId, memberId, text: text.trim() });
    setSending(false);
    if (ack.ok) {
      setText('');
      setSent(true);
      void load();
    }
  };
  return (
    <details
      className="counseling-comment-box"
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open) void load();
      }}
    >
      <summary>{t('counselingPanel.comment')}</summary>
      <MemberWorkAndComments answers={answers} memberId={memberId} Work={Work} />
      <form onSubmit={(e) => void submit(e)}>
        <label htmlFor={id}>{t('counselingPanel.commentFor', { nickname })}</label>
        <p className="hint" id={`${id}-hint`}>
          {t('counselingPanel.commentHint')}
        </p>
        <textarea
          id={id}
          rows={2}
          maxLength={COMMENT_MAX_LENGTH}
          value={text}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            setText(e.target.value);
            setSent(false);
          }}
        />
        <button type="submit" disabled={!text.trim() || sending} data-testid="send-comment">
          {t('counselingPanel.sendComment')}
        </button>
        <span role="status" className="hint">
          {sent ? t('counselingPanel.commentSent') : ''}
        </span>
      </form>
    </details>
  );
}

/** Every member's done/total (never what they wrote), and a comment box each where the type takes comments. */
function Progress({ view }: { view: CounselingConsoleView }) {
  const t = useT();
  const Work = consoleParts[view.type].MemberWork;
  const ids = Object.keys(view.progress);
  const names = useMemberNicknames(view.programId, ids);
  const rows = ids
    .map((id) => ({
      id,
      nickname: names.get(id) ?? t('counselingPanel.unknownMember'),
      ...view.progress[id]!,
    }))
    .sort((a, b) => a.nickname.localeCompare(b.nickname, 'ko'));
  const headingId = `counseling-progress-${view.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId}>{t('counselingPanel.progressTitle')}</h4>
      {rows.length === 0 ? (
        <p className="hint">{t('counselingPanel.noMembers')}</p>
      ) : (
        <ul className="counseling-progress" data-testid="counseling-progress">
          {rows.map((row) => (
            <li key={row.id} data-testid="member-progress" data-member={row.id} data-done={row.done}>
              <span className="member-name">{row.nickname}</span>{' '}
              <span className="member-done">{t('counselingPanel.progress', row)}</span>
              {Work && view.status === 'open' && (
                <CommentBox activityId={view.id} memberId={row.id} nickname={row.nickname} Work={Work} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const phaseName = (t: ReturnType<typeof useT>, phase: string) => {
  const key = `counselingPanel.phases.${phase}`;
  const name = t(key);
  return name === key ? phase : name;
};

/** Phase buttons for a module with more than one phase; the current one is pressed. */
function Phases({ view }: { view: CounselingConsoleView }) {
  const t = useT();
  const phases = counselingModule(view.type)?.phases ?? [view.phase];
  if (phases.length < 2) return null;
  return (
    <div className="counseling-phases" role="group" aria-label={t('counselingPanel.phase')}>
      {phases.map((phase) => (
        <button
          key={phase}
          type="button"
          aria-pressed={phase === view.phase}
          disabled={view.status !== 'open'}
          onClick={() => void actOnProgram('counseling:phase', { activityId: view.id, phase })}
        >
          {phaseName(t, phase)}
        </button>
      ))}
    </div>
  );
}

/**
 * One counseling activity on the console: phases, each member's progress, the suppressed picture.
 * `closable`: a task opened on an earlier day has no line in today's agenda to close it from.
 */
export function CounselingRun({ view, closable }: { view: CounselingConsoleView; closable: boolean }) {
  const t = useT();
  const headingId = `counseling-run-${view.id}`;
  return (
    <article
      className="counseling-run"
      aria-labelledby={headingId}
      data-testid="counseling-run"
      data-type={view.type}
      data-status={view.status}
    >
      <h3 id={headingId}>{view.title}</h3>
      {closable && view.status === 'open' && (
        <button
          type="button"
          aria-label={t('counselingPanel.closeLabel', { title: view.title })}
          onClick={() => void actOnProgram('counseling:close', { activityId: view.id })}
        >
          {t('counselingPanel.close')}
        </button>
      )}
      <p className="hint">
        {t(`counselingPanel.types.${view.type}`)} ·{' '}
        {t(view.pace === 'self' ? 'counselingPanel.self' : 'counselingPanel.live')}
        {' · '}
        {t('counselingPanel.phaseNow', { phase: phaseName(t, view.phase) })}
        {view.commentCount > 0 && <> · {t('counselingPanel.comments', { count: view.commentCount })}</>}
      </p>
      <Phases view={view} />
      {counselingModule(view.type)?.roles && (
        <RoundControls activity={{ id: view.id, title: view.title, groupingId: view.groupingId }} />
      )}
      <Progress view={view} />
      <NotesReview view={view} />
      {view.picture ? (
        <section className="counseling-picture" aria-label={t('counselingPanel.picture')}>
          <CountPictureView picture={view.picture} size="console" />
        </section>
      ) : null}
    </article>
  );
}
