import { Fragment, useEffect, useRef, useState } from 'react';
import type { MemberOutcomesView, OutcomesView, OutcomeView } from '../../../../../shared/outcomes/views.js';
import type { ProgramDetail } from '../../../../../shared/program/views.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useLang, useT } from '../../../common/i18n.js';
import { refused } from '../../actions.js';
import { api, programExportPath } from '../../api.js';
import { formatDate } from '../../format.js';
import { useFacilitatorStore } from '../../state/store.js';
import { ExportButtons } from '../ExportButtons.js';
import { CheckpointList } from './CheckpointList.js';
import { EmploymentSummary } from './EmploymentSummary.js';
import { OutcomeDialog } from './OutcomeDialog.js';
import { OutcomeHistory } from './OutcomeHistory.js';
import { outcomeSummary } from './outcome-format.js';
import { ReferralsSection } from './ReferralsSection.js';

type Open = { member: MemberOutcomesView; checkpointMonths: number; correcting: OutcomeView | null } | null;

/** The checkpoint a new record most likely answers: the first one due, else the first still open. */
function nextCheckpoint(member: MemberOutcomesView): number {
  const open = (states: string[]) => member.checkpoints.find((c) => states.includes(c.state));
  return (open(['overdue', 'due']) ?? open(['upcoming', 'missed']) ?? member.checkpoints[0])?.months ?? 0;
}

/**
 * The program's follow-up (사후관리) tab: the employment rate as reports show it, then each member with
 * their latest outcome and checkpoints, the history on demand (corrected records struck through, each
 * current one with 정정), and the outcome form. Opened from the home's list, it opens that form at once.
 * The referrals (연계) follow, for the same members.
 */
export function FollowUpTab({ program }: { program: ProgramDetail }) {
  const t = useT();
  const lang = useLang();
  const [view, setView] = useState<OutcomesView | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  // The form the home's "기록하기" asked for: opened once, when the members are first known.
  const wanted = useRef(
    (() => {
      const route = useFacilitatorStore.getState().route;
      return route.name === 'program' ? route.followUp : undefined;
    })(),
  );

  useEffect(() => {
    let current = true;
    void api.outcomes(program.id).then((result) => {
      if (!current) return;
      if (!result.ok) {
        setError(refused(result));
        return;
      }
      setView(result.data);
      const asked = wanted.current;
      wanted.current = undefined;
      const member = asked && result.data.members.find((m) => m.memberId === asked.memberId);
      if (asked && member) setOpen({ member, checkpointMonths: asked.checkpointMonths, correcting: null });
    });
    return () => {
      current = false;
    };
  }, [program.id]);

  if (!view) return error ? <ErrorText error={error} /> : <p role="status">{t('common.loading')}</p>;
  const toggle = (id: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <>
      <section className="card follow-up" aria-labelledby="follow-up-title">
        <h2 id="follow-up-title">{t('followUp.title', { count: view.members.length })}</h2>
        <p className="hint">{t('followUp.intro', { months: view.followUpMonths.join(', ') })}</p>
        {!view.ended && <p>{t('followUp.notEnded', { date: formatDate(view.lastDay, lang) })}</p>}
        <EmploymentSummary view={view} />
        <div className="export-groups">
          <ExportButtons
            dataset="outcomes"
            path={(format) => programExportPath(program.id, 'outcomes', format)}
          />
        </div>
        {view.members.length === 0 ? (
          <p className="hint">{t('followUp.empty')}</p>
        ) : (
          <div className="table-scroll">
            <table className="roster-table follow-up-table" data-testid="follow-up-table">
              <thead>
                <tr>
                  <th scope="col">{t('followUp.member')}</th>
                  <th scope="col">{t('followUp.latest')}</th>
                  <th scope="col">{t('followUp.checkpoints')}</th>
                  <th scope="col">{t('followUp.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {view.members.map((m) => {
                  const name = m.realName ? `${m.nickname} (${m.realName})` : m.nickname;
                  const historyId = `history-${m.memberId}`;
                  const shown = expanded.has(m.memberId);
                  return (
                    <Fragment key={m.memberId}>
                      <tr data-testid="follow-up-row" data-member-id={m.memberId}>
                        <th scope="row">
                          {m.nickname}
                          {m.realName && <span className="th-sub">{m.realName}</span>}
                          <span className={`th-sub ${m.completed ? 'is-completed' : ''}`}>
                            {t(m.completed ? 'followUp.completed' : 'followUp.notCompleted')}
                          </span>
                        </th>
                        <td data-testid="latest-outcome">
                          {m.latest ? (
                            <>
                              <span className="cell-status">{outcomeSummary(m.latest, lang, t)}</span>
                              <span className="cell-line">
                                {t('followUp.asOfShort', { date: formatDate(m.latest.asOf, lang) })}
                              </span>
                            </>
                          ) : (
                            <span className="hint">{t('followUp.none')}</span>
                          )}
                        </td>
                        <td>
                          <CheckpointList checkpoints={m.checkpoints} />
                        </td>
                        <td>
                          <div className="row-actions">
                            <button
                              type="button"
                              aria-label={t('followUp.recordLabel', { name })}
                              onClick={() =>
                                setOpen({ member: m, checkpointMonths: nextCheckpoint(m), correcting: null })
                              }
                            >
                              {t('followUp.record')}
                            </button>
                            {m.history.length > 0 && (
                              <button
                                type="button"
                                aria-expanded={shown}
                                aria-controls={shown ? historyId : undefined}
                                onClick={() => toggle(m.memberId)}
                              >
                                {t('followUp.history', { count: m.history.length })}
                              </button>
                            )}
                          </div>
                        </td>
                      </tr>
                      {shown && (
                        <tr className="history-row">
                          <td colSpan={4} id={historyId}>
                            <OutcomeHistory
                              member={m}
                              onCorrect={(record) =>
                                setOpen({
                                  member: m,
                                  checkpointMonths: record.checkpointMonths,
                                  correcting: record,
                                })
                              }
                            />
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {open && (
          <OutcomeDialog
            programId={program.id}
            member={open.member}
            today={view.today}
            checkpointMonths={open.checkpointMonths}
            correcting={open.correcting}
            onSaved={(next) => {
              setView(next);
              // The history opens, so the new record (and a struck-through one) is in view.
              setExpanded((prev) => new Set(prev).add(open.member.memberId));
            }}
            onClose={() => setOpen(null)}
          />
        )}
      </section>
      <ReferralsSection programId={program.id} members={view.members} today={view.today} />
    </>
  );
}
