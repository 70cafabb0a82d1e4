import { useState } from 'react';
import { retentionDate } from '../../../../../shared/program/retention.js';
import type { ProgramDetail } from '../../../../../shared/program/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import { formatDateRange, today } from '../../format.js';
import { endProgram } from '../../program-actions.js';
import { AppLink } from '../AppLink.js';
import { ConfirmDialog } from '../Dialog.js';
import { CopyProgramDialog } from './CopyProgramDialog.js';
import { DaySessions } from './DaySessions.js';
import { StartDayButton } from './StartDayButton.js';

/** Title, join code (one for every day), who runs it, and the program-wide actions. */
export function ProgramHeader({ program }: { program: ProgramDetail }) {
  const t = useT();
  const lang = useLang();
  const [copying, setCopying] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const ended = program.status === 'ended';
  const todays = ended ? undefined : program.days.find((d) => d.date === today());
  return (
    <header className="card program-header">
      <div className="program-header-main">
        <AppLink to={{ name: 'home' }} className="back-link">
          {t('program.back')}
        </AppLink>
        <div className="program-title-row">
          <h1 id="program-title">{program.title}</h1>
          <span className={`badge badge-${ended ? 'ended' : 'live'}`} data-testid="program-status">
            {t(`programStatus.${program.status}`)}
          </span>
        </div>
        <dl className="program-facts">
          <div>
            <dt>{t('program.group')}</dt>
            <dd>{program.group || '—'}</dd>
          </div>
          <div>
            <dt>{t('program.dates')}</dt>
            <dd>
              {formatDateRange(
                program.days.map((d) => d.date),
                lang,
                t,
              )}{' '}
              ({t('format.dayCount', { count: program.days.length })})
            </dd>
          </div>
          <div>
            <dt>{t('program.facilitators')}</dt>
            <dd>{program.facilitators.map((f) => f.name).join(', ')}</dd>
          </div>
          <div>
            <dt>{t('program.members')}</dt>
            <dd>{t('home.members', { count: program.memberCount })}</dd>
          </div>
          {program.retainUntil !== null && (
            // Set when the program ended; the notice promised this date to every participant.
            <div>
              <dt>{t('program.retainUntil')}</dt>
              <dd data-testid="program-retain-until">{retentionDate(program.retainUntil)}</dd>
            </div>
          )}
        </dl>
        <div className="program-actions">
          <div className="button-row">
            {todays && todays.session?.status !== 'ended' && (
              <StartDayButton programId={program.id} day={todays} describedBy="program-title" hero />
            )}
            <button type="button" onClick={() => setCopying(true)}>
              {t('program.copy')}
            </button>
            <AppLink to={{ name: 'programReport', programId: program.id }} className="button-link">
              {t('programReport.open')}
            </AppLink>
          </div>
          {!ended && (
            // Ending is set apart from the everyday buttons and asks first.
            <div className="danger-zone">
              <button type="button" className="danger" onClick={() => setConfirming(true)}>
                {t('program.end')}
              </button>
            </div>
          )}
        </div>
      </div>
      <div className={`program-code ${ended ? 'is-ended' : ''}`}>
        <p className="program-code-label">{t('program.joinCode')}</p>
        <p className="program-code-value" data-testid="program-code">
          {program.code.replace(/^(\d{3})(\d{3})$/, '$1 $2')}
        </p>
        <p className="program-code-note">{t('program.codeNote')}</p>
      </div>
      <DaySessions program={program} />
      {copying && <CopyProgramDialog program={program} onClose={() => setCopying(false)} />}
      {confirming && (
        <ConfirmDialog
          id="end-program"
          title={t('program.endTitle')}
          confirmLabel={t('program.endYes')}
          danger
          onConfirm={() => void endProgram(program.id)}
          onClose={() => setConfirming(false)}
        >
          <p>{t('program.endConfirm')}</p>
        </ConfirmDialog>
      )}
    </header>
  );
}
