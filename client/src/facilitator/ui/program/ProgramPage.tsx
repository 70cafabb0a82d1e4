import { useRef, useState, type KeyboardEvent } from 'react';
import { ErrorText } from '../../../common/ErrorText.js';
import { useT } from '../../../common/i18n.js';
import { useFacilitatorStore } from '../../state/store.js';
import { AppLink } from '../AppLink.js';
import { AssessmentsTab } from '../assessments/AssessmentsTab.js';
import { FollowUpTab } from '../follow-up/FollowUpTab.js';
import { SatisfactionTab } from '../satisfaction/SatisfactionTab.js';
import { TestimonialsSection } from '../testimonials/TestimonialsSection.js';
import { AgendaEditor } from './AgendaEditor.js';
import { IntakeList } from './IntakeList.js';
import { ProgramHeader } from './ProgramHeader.js';
import { RosterTable } from './RosterTable.js';

const TABS = ['agenda', 'roster', 'intake', 'assessments', 'satisfaction', 'followUp'] as const;
type Tab = (typeof TABS)[number];
const LABEL: Record<Tab, string> = {
  agenda: 'program.tabAgenda',
  roster: 'program.tabRoster',
  intake: 'program.tabIntake',
  assessments: 'assessments.tab',
  satisfaction: 'satisfaction.tab',
  followUp: 'followUp.tab',
};

/**
 * One program: its header, then the agenda editor, the roster, the needs intake, the before/after
 * assessments (사전·사후 평가), the satisfaction survey (만족도 조사) with the testimonials (참여 소감)
 * below it, and the follow-up (사후관리) as tabs. The address may ask for the follow-up tab (the home's
 * list links there), the assessments or the satisfaction tab.
 */
export function ProgramPage({ programId }: { programId: string }) {
  const t = useT();
  const program = useFacilitatorStore((s) => (s.program?.id === programId ? s.program : null));
  const error = useFacilitatorStore((s) => s.programError);
  const [tab, setTab] = useState<Tab>(() => {
    const route = useFacilitatorStore.getState().route;
    return route.name === 'program' && route.tab ? route.tab : 'agenda';
  });
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  if (!program) {
    return (
      <div className="card">
        {error ? (
          <>
            <p>{t('program.notFound')}</p>
            <ErrorText error={error} />
          </>
        ) : (
          <p role="status">{t('common.loading')}</p>
        )}
        <AppLink to={{ name: 'home' }}>{t('program.back')}</AppLink>
      </div>
    );
  }
  // Arrow keys move between tabs (the tablist is one tab stop).
  const onKey = (event: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next =
      event.key === 'ArrowRight'
        ? TABS[(i + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(i + TABS.length - 1) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  };
  return (
    <div className="program-page">
      <ProgramHeader program={program} />
      <div role="tablist" aria-label={t('program.tabs')} className="tabs" onKeyDown={onKey}>
        {TABS.map((name) => (
          <button
            key={name}
            ref={(el) => {
              tabRefs.current[name] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            className="tab"
            onClick={() => setTab(name)}
          >
            {t(LABEL[name])}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'agenda' && <AgendaEditor />}
        {tab === 'roster' && <RosterTable program={program} />}
        {tab === 'intake' && <IntakeList />}
        {tab === 'assessments' && <AssessmentsTab program={program} />}
        {tab === 'satisfaction' && (
          <>
            <SatisfactionTab program={program} />
            <TestimonialsSection program={program} />
          </>
        )}
        {tab === 'followUp' && <FollowUpTab program={program} />}
      </div>
    </div>
  );
}
