import { GROUP_LABEL_MAX_LENGTH, PROGRAM_TITLE_MAX_LENGTH } from '../../../../../shared/program/limits.js';
import { useT } from '../../../common/i18n.js';
import { TextField } from '../../../common/TextField.js';
import { useFacilitatorStore } from '../../state/store.js';
import { FacilitatorPicker } from './FacilitatorPicker.js';

/** Title, group and facilitators: saved with the agenda in the same PUT. */
export function ProgramDetailsEditor() {
  const t = useT();
  const draft = useFacilitatorStore((s) => s.draft);
  const edit = useFacilitatorStore((s) => s.editDraft);
  if (!draft) return null;
  return (
    <section className="card program-details" aria-labelledby="program-details-title">
      <h2 id="program-details-title">{t('agenda.details')}</h2>
      <div className="program-details-grid">
        <TextField
          id="agenda-title"
          label={t('agenda.programTitle')}
          maxLength={PROGRAM_TITLE_MAX_LENGTH}
          value={draft.title}
          onValue={(title) => edit((d) => ({ ...d, title }))}
        />
        <TextField
          id="agenda-group"
          label={t('agenda.group')}
          maxLength={GROUP_LABEL_MAX_LENGTH}
          value={draft.group}
          onValue={(group) => edit((d) => ({ ...d, group }))}
        />
        <FacilitatorPicker
          idPrefix="agenda-facilitator"
          legend={t('agenda.facilitators')}
          selected={draft.facilitatorIds}
          onChange={(facilitatorIds) => edit((d) => ({ ...d, facilitatorIds }))}
        />
      </div>
    </section>
  );
}
