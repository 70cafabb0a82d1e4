import type { ReactNode } from 'react';
import type { ScreenGroups } from '../../../../shared/protocol/views.js';
import { addStrings, useT, type Strings } from '../../common/i18n.js';
import '../../styles/screen-groups.css';
import { densestRowLines, groupColumns } from './groups-layout.js';

const groupsStrings: Strings = {
  ko: {
    screenGroups: {
      title: '조 편성',
      kinds: { pairs: '짝', triads: '3명씩', tables: '모둠' },
      findHint: '내 조 사람들을 찾아 모여 주세요.',
      groupN: '{{n}}조',
    },
  },
  en: {
    screenGroups: {
      title: 'Groups',
      kinds: { pairs: 'Pairs', triads: 'Triads', tables: 'Tables' },
      findHint: 'Find the people in your group and sit together.',
      groupN: 'Group {{n}}',
    },
  },
};
addStrings(groupsStrings);

/**
 * "Who is in which group" on the projector, while the facilitator shows it: group numbers and
 * nicknames in big type, nothing else (the server sends nothing else). People find each other.
 */
export function GroupsPanel({ groups, corner }: { groups: ScreenGroups; corner: ReactNode }) {
  const t = useT();
  const columns = groupColumns(groups.groups.length);
  const lines = densestRowLines(groups.groups, columns);
  // Larger type while few lines are needed; never below the projector's 32 px floor (--text-m).
  const density = lines <= 10 ? 'roomy' : lines <= 13 ? 'normal' : 'dense';
  return (
    <section
      className="stage screen-groups"
      aria-labelledby="screen-groups-title"
      data-testid="screen-groups"
    >
      <header className="stage-head">
        <div className="stage-heading">
          <h1 id="screen-groups-title" className="activity-title">
            {groups.label || `${t('screenGroups.title')} · ${t(`screenGroups.kinds.${groups.kind}`)}`}
          </h1>
          <p className="screen-groups-hint">{t('screenGroups.findHint')}</p>
        </div>
        <div className="stage-corner">{corner}</div>
      </header>
      <ol className="screen-groups-grid" data-density={density} data-columns={columns}>
        {groups.groups.map((g) => (
          <li key={g.groupNo} className="screen-group" data-testid="screen-group">
            <h2>{t('screenGroups.groupN', { n: g.groupNo })}</h2>
            <ul>
              {g.nicknames.map((name, i) => (
                <li key={`${i}:${name}`}>{name}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
