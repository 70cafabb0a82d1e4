import { useRef, useState, type FormEvent } from 'react';
import { moduleById, programById } from '../../../../../shared/content/index.js';
import { GROUP_LABEL_MAX_LENGTH, PROGRAM_TITLE_MAX_LENGTH } from '../../../../../shared/program/limits.js';
import type { CreateProgramBody } from '../../../../../shared/program/schemas.js';
import {
  DEFAULT_START_TIME,
  endTimeFor,
  plannedMinutes,
  programFromTemplate,
} from '../../../../../shared/program/template.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useLang, useT } from '../../../common/i18n.js';
import { TextField } from '../../../common/TextField.js';
import { formatHours, minutesToHours, today } from '../../format.js';
import { createProgram } from '../../program-actions.js';
import { programProblems } from '../../program-problems.js';
import { useFacilitatorStore } from '../../state/store.js';
import { FacilitatorPicker } from '../program/FacilitatorPicker.js';
import { SCRATCH, TemplatePicker } from './TemplatePicker.js';

/** A scratch program starts with one empty morning. */
const SCRATCH_MINUTES = 180;

interface Choice {
  templateId: string;
  trackId: string | null;
  firstDate: string;
  startTime: string;
  facilitatorIds: string[];
}

/** The POST body: the template laid out on weekdays from the first date, or one empty day. */
function bodyFor(choice: Choice, title: string, group: string): CreateProgramBody {
  const template = programById.get(choice.templateId);
  const base: CreateProgramBody = template
    ? programFromTemplate({
        template,
        modules: moduleById,
        trackId: choice.trackId,
        firstDate: choice.firstDate,
        facilitatorIds: choice.facilitatorIds,
        startTime: choice.startTime,
      })
    : {
        title,
        group,
        facilitatorIds: choice.facilitatorIds,
        templateId: null,
        trackId: null,
        days: [
          {
            date: choice.firstDate,
            startTime: choice.startTime,
            endTime: endTimeFor(choice.startTime, SCRATCH_MINUTES),
            modules: [],
          },
        ],
      };
  return { ...base, title: title.trim(), group: group.trim() };
}

/** The title and group a template suggests (the facilitator may change both). */
function suggestion(templateId: string, trackId: string | null) {
  const template = programById.get(templateId);
  if (!template) return null;
  const body = programFromTemplate({
    template,
    modules: moduleById,
    trackId,
    firstDate: today(),
    facilitatorIds: [],
  });
  return { title: body.title, group: body.group };
}

export function CreateProgramPage() {
  const t = useT();
  const lang = useLang();
  const me = useFacilitatorStore((s) => s.user?.id ?? '');
  const [choice, setChoice] = useState<Choice>(() => ({
    templateId: SCRATCH,
    trackId: null,
    firstDate: today(),
    startTime: DEFAULT_START_TIME,
    facilitatorIds: me ? [me] : [],
  }));
  const [title, setTitle] = useState('');
  const [group, setGroup] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const sending = useRef(false);

  const pick = (templateId: string, trackId: string | null) => {
    setChoice((c) => ({ ...c, templateId, trackId }));
    const suggested = suggestion(templateId, trackId);
    if (suggested) {
      setTitle(suggested.title);
      setGroup(suggested.group);
    }
  };

  const body = bodyFor(choice, title, group);
  const problems = programProblems({ ...body, days: body.days.map((d) => ({ ...d, key: d.date })) }, t);
  const minutes = body.days.reduce((sum, d) => sum + plannedMinutes(d.modules), 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problems.length > 0 || sending.current) return;
    sending.current = true;
    setBusy(true);
    const failed = await createProgram(body);
    sending.current = false;
    setBusy(false);
    setError(failed);
  };

  return (
    <form className="create-program" onSubmit={submit} aria-labelledby="new-program-title" noValidate>
      <h1 id="new-program-title">{t('newProgram.title')}</h1>
      <div className="create-program-grid">
        <div className="card">
          <TemplatePicker
            value={choice.templateId}
            onChange={(id) => pick(id, null)}
            trackId={choice.trackId}
            onTrack={(trackId) => pick(choice.templateId, trackId)}
          />
        </div>
        <div className="card create-program-details">
          <h2 className="section-legend">{t('newProgram.details')}</h2>
          <TextField
            id="program-title"
            label={t('newProgram.programTitle')}
            required
            maxLength={PROGRAM_TITLE_MAX_LENGTH}
            value={title}
            onValue={setTitle}
            aria-invalid={tried && !title.trim() ? true : undefined}
          />
          <TextField
            id="program-group"
            label={t('newProgram.group')}
            maxLength={GROUP_LABEL_MAX_LENGTH}
            value={group}
            onValue={setGroup}
          />
          <div className="field-pair">
            <TextField
              id="program-first-date"
              label={t('newProgram.firstDate')}
              type="date"
              required
              value={choice.firstDate}
              onValue={(firstDate) => setChoice((c) => ({ ...c, firstDate }))}
              hint={choice.templateId === SCRATCH ? undefined : t('newProgram.firstDateHint')}
            />
            <TextField
              id="program-start-time"
              label={t('newProgram.startTime')}
              type="time"
              required
              value={choice.startTime}
              onValue={(startTime) => setChoice((c) => ({ ...c, startTime }))}
            />
          </div>
          <FacilitatorPicker
            idPrefix="new-program-facilitator"
            legend={t('newProgram.facilitators')}
            hint={t('newProgram.facilitatorsHint')}
            selected={choice.facilitatorIds}
            onChange={(facilitatorIds) => setChoice((c) => ({ ...c, facilitatorIds }))}
          />
          <p className="create-preview" data-testid="create-preview">
            {t('newProgram.preview', {
              days: body.days.length,
              hours: formatHours(minutesToHours(minutes), lang, t),
            })}
          </p>
          {tried && problems.length > 0 && (
            <ul className="problem-list" role="alert">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          <ErrorText error={error} />
          <button type="submit" className="primary" disabled={busy}>
            {t('newProgram.submit')}
          </button>
        </div>
      </div>
    </form>
  );
}
