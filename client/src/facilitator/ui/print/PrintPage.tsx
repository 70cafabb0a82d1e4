import { useEffect, useState } from 'react';
import type { ProgramDetail, RosterView } from '../../../../../shared/program/views.js';
import { useT } from '../../../common/i18n.js';
import { api } from '../../api.js';
import { useFacilitatorStore } from '../../state/store.js';
import type { Route } from '../../state/route-slice.js';
import { AppLink } from '../AppLink.js';
import { ErrorText } from '../../../common/ErrorText.js';
import type { ClientError } from '../../../common/errors.js';
import { AttendanceSheet } from './AttendanceSheet.js';
import { CompletionList } from './CompletionList.js';

type PrintRoute = Extract<Route, { name: 'print' }>;

/**
 * The roster's A4 prints (design §5): a day's 출석부 with a signature column and the 수료 명단. Read
 * from the program and its roster once; nothing else on the page prints (see facilitator-print.css).
 */
export function PrintPage({ route }: { route: PrintRoute }) {
  const t = useT();
  const centerName = useFacilitatorStore((s) => s.user?.centerName ?? '');
  const [data, setData] = useState<{ program: ProgramDetail; roster: RosterView } | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  useEffect(() => {
    let current = true;
    void Promise.all([api.getProgram(route.programId), api.roster(route.programId)]).then(
      ([program, roster]) => {
        if (!current) return;
        if (!program.ok) return setError(program.error);
        if (!roster.ok) return setError(roster.error);
        setData({ program: program.data.program, roster: roster.data });
      },
    );
    return () => {
      current = false;
    };
  }, [route.programId]);

  if (error) return <ErrorText error={error} />;
  if (!data) return <p role="status">{t('common.loading')}</p>;
  const back: Route = { name: 'program', programId: route.programId };
  return (
    <div className="print-page">
      <div className="print-controls">
        <AppLink to={back}>{t('print.back')}</AppLink>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('print.print')}
        </button>
      </div>
      {route.sheet === 'attendance' ? (
        <AttendanceSheet
          centerName={centerName}
          program={data.program}
          roster={data.roster}
          day={route.day}
        />
      ) : (
        <CompletionList centerName={centerName} program={data.program} roster={data.roster} />
      )}
    </div>
  );
}
