import { plannedMinutes } from '../../../../../shared/program/template.js';
import { useLang, useT } from '../../../common/i18n.js';
import { formatHours, formatRange, minutesToHours } from '../../format.js';
import { useFacilitatorStore } from '../../state/store.js';

/** Planned hours of the whole draft against the catalog template's hours; off the template: a warning. */
export function HoursSummary() {
  const t = useT();
  const lang = useLang();
  const draft = useFacilitatorStore((s) => s.draft);
  const templateHours = useFacilitatorStore((s) => s.program?.templateHours ?? null);
  if (!draft) return null;
  const minutes = draft.days.reduce(
    (sum, d) =>
      sum + plannedMinutes(d.modules.map((m) => ({ minutes: Number.isNaN(m.minutes) ? 0 : m.minutes }))),
    0,
  );
  const hours = minutesToHours(minutes);
  const off = templateHours !== null && (hours < templateHours.min || hours > templateHours.max);
  return (
    <p className={`hours-summary ${off ? 'is-off' : ''}`} data-testid="hours-summary" data-off={off}>
      <strong>{t('agenda.total', { planned: formatHours(hours, lang, t) })}</strong>
      {' / '}
      {templateHours
        ? t('agenda.template', { hours: formatRange(templateHours, lang, t) })
        : t('agenda.noTemplate')}
      {off && (
        <span className="hours-warning">
          {' '}
          <span aria-hidden="true">⚠ </span>
          {t('agenda.offTemplate')}
        </span>
      )}
    </p>
  );
}
