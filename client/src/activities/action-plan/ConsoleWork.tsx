import type { CounselingAnswerRow } from '../../../../shared/protocol/views.js';
import { addStrings, useT } from '../../common/i18n.js';
import { planLines } from './describe.js';
import { strings } from './strings.js';

// The console names the plan's parts as the phone does.
addStrings(strings);

/** The member's plan as saved, on the console beside the comment box. */
export function ActionPlanConsoleWork({ rows }: { rows: readonly CounselingAnswerRow[] }) {
  const t = useT();
  const lines = planLines(rows, t);
  if (lines.length === 0) return <p className="hint">{t('counselingPanel.nothingYet')}</p>;
  return (
    <dl className="member-plan" data-testid="member-plan">
      {lines.map((line) => (
        <div key={line.label}>
          <dt>{line.label}</dt>
          <dd>{line.text}</dd>
        </div>
      ))}
    </dl>
  );
}
