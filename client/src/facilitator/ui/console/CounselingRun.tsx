import { useState, type FormEvent } from 'react';
import { counselingModule } from '../../../../../shared/activities/counseling-registry.js';
import { COMMENT_MAX_LENGTH } from '../../../../../shared/protocol/limits.js';
import type { CounselingConsoleView } from '../../../../../shared/protocol/views.js';
import { CountPictureView } from '../../../activities/common/CountPictureView.js';
import { useT } from '../../../common/i18n.js';
import { actOnProgram } from '../../connection.js';
import { useMemberNicknames } from './use-member-nicknames.js';

/** A comment on one member's work: reaches that member's phones only. */
function CommentBox({
  activityId,
  memberId,
  nickname,
}: {
  activityId: string;
  memberId: string;
  nickname: string;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const id = `comment-${activityId}-${memberId}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim() || sending) return;
    setSending(true);
    const ack = await actOnProgram('comment:add', { activityId, memberId, text: text.trim() });
    setSending(false);
    if (ack.ok) {
      setText('');
      setSent(true);
    }
  };
  return (
    <details className="counseling-comment-box">
      <summary>{t('counselingPanel.comment')}</summary>
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

/** Every member's done/total (never what they wrote), and for an action plan a comment box each. */
function Progress({ view }: { view: CounselingConsoleView }) {
  const t = useT();
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
              {view.type === 'action-plan' && view.status === 'open' && (
                <CommentBox activityId={view.id} memberId={row.id} nickname={row.nickname} />
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

/** One counseling activity on the console: phases, each member's progress, the suppressed picture. */
export function CounselingRun({ view }: { view: CounselingConsoleView }) {
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
      <p className="hint">
        {t(`counselingPanel.types.${view.type}`)} ·{' '}
        {t(view.pace === 'self' ? 'counselingPanel.self' : 'counselingPanel.live')}
        {' · '}
        {t('counselingPanel.phaseNow', { phase: phaseName(t, view.phase) })}
        {view.commentCount > 0 && <> · {t('counselingPanel.comments', { count: view.commentCount })}</>}
      </p>
      <Phases view={view} />
      <Progress view={view} />
      {view.picture ? (
        <section className="counseling-picture" aria-label={t('counselingPanel.picture')}>
          <CountPictureView picture={view.picture} size="console" />
        </section>
      ) : null}
    </article>
  );
}
