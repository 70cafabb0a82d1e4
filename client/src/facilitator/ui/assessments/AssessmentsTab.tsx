import { useCallback, useEffect, useState } from 'react';
import type { PrePostView, WavesView } from '../../../../../shared/assessment/views.js';
import type { ProgramDetail } from '../../../../../shared/program/views.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useT } from '../../../common/i18n.js';
import { refused } from '../../actions.js';
import { api } from '../../api.js';
import { today } from '../../format.js';
import { GroupTable, type EntryTarget } from './GroupTable.js';
import { PlanEditor } from './PlanEditor.js';
import { StaffEntryDialog } from './StaffEntryDialog.js';

/**
 * The program page's "사전·사후 평가" tab (design §2.2, §2.5, §2.6): the plan editor, then for each
 * instrument with a pre and a post wave its group table, the per-person chart and every member's
 * scores, where staff type in a paper form for a side that is missing.
 */
export function AssessmentsTab({ program }: { program: ProgramDetail }) {
  const t = useT();
  const [waves, setWaves] = useState<WavesView | null>(null);
  const [tables, setTables] = useState<PrePostView[] | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const [entry, setEntry] = useState<EntryTarget | null>(null);
  // A new plan mounts a new editor, so its draft starts from what was saved.
  const [planKey, setPlanKey] = useState(0);

  const fetchBoth = useCallback(
    () => Promise.all([api.waves(program.id), api.assessments(program.id)]),
    [program.id],
  );
  const apply = ([w, a]: Awaited<ReturnType<typeof fetchBoth>>) => {
    setError(refused(w) ?? refused(a));
    if (w.ok) setWaves(w.data);
    if (a.ok) setTables(a.data.tables);
    setPlanKey((k) => k + 1);
  };
  const load = () => void fetchBoth().then(apply);

  useEffect(() => {
    let current = true;
    void fetchBoth().then((both) => {
      if (!current) return;
      setError(refused(both[0]) ?? refused(both[1]));
      if (both[0].ok) setWaves(both[0].data);
      if (both[1].ok) setTables(both[1].data.tables);
    });
    return () => {
      current = false;
    };
  }, [fetchBoth]);

  if (!waves || !tables)
    return error ? <ErrorText error={error} /> : <p role="status">{t('common.loading')}</p>;
  const wave = entry && waves.waves.find((w) => w.id === entry.waveId);
  const day = wave && program.days.find((d) => d.number === wave.dayNumber);
  return (
    <section className="card assessments" aria-labelledby="assessments-title">
      <h2 id="assessments-title">{t('assessments.title')}</h2>
      <ErrorText error={error} />
      <PlanEditor
        key={planKey}
        program={program}
        view={waves}
        onSaved={(next) => {
          setWaves(next);
          void api.assessments(program.id).then((a) => a.ok && setTables(a.data.tables));
        }}
        onReload={load}
      />
      <h3 className="assessments-results-title">{t('assessments.resultsTitle')}</h3>
      {tables.length === 0 ? (
        <p className="hint">{t('assessments.noTables')}</p>
      ) : (
        tables.map((table) => <GroupTable key={table.instrumentId} table={table} onEnter={setEntry} />)
      )}
      {entry && wave && (
        <StaffEntryDialog
          programId={program.id}
          target={entry}
          instrument={{ id: wave.instrumentId, version: wave.instrumentVersion }}
          defaultDate={day && day.date <= today() ? day.date : today()}
          onSaved={(next) => {
            setTables(next);
            void api.waves(program.id).then((w) => w.ok && setWaves(w.data));
          }}
          onClose={() => setEntry(null)}
        />
      )}
    </section>
  );
}
