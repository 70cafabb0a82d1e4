/** The barrier map's section of the take-home report: "나의 취업 걸림돌과 대처 계획". */
import type { Text } from '../../i18n/text.js';
import type { PersonalContext, ReportBlock, ReportSection } from '../counseling-module.js';
import { barrierOf } from './rules.js';
import type { BarrierMapConfig, PlanView, ServiceContact } from './types.js';
import { barrierMapPersonalView } from './views.js';

const LEVEL_WORDS: Record<number, Text> = {
  1: { ko: '조금 걸린다', en: 'holds me back a little' },
  2: { ko: '꽤 걸린다', en: 'holds me back quite a bit' },
  3: { ko: '많이 걸린다', en: 'holds me back a lot' },
};

const both = (make: (lang: keyof Text) => string): Text => ({ ko: make('ko'), en: make('en') });

/** "고용24 ☎1350 https://…": a service as one line the member can act on from paper. */
export function contactLine(c: ServiceContact): Text {
  return both((lang) =>
    [c.name[lang], c.phone !== undefined ? `☎${c.phone}` : c.howToReach[lang], c.url]
      .filter(Boolean)
      .join(' · '),
  );
}

function planBlock(plan: PlanView): ReportBlock {
  const barrier = barrierOf(plan.barrierId)!;
  const rows: { label: Text; value: Text }[] = [];
  const chosen = plan.strategies.flatMap((i) => barrier.copingStrategies[i] ?? []);
  for (const strategy of chosen) rows.push({ label: { ko: '대처 방법', en: 'Strategy' }, value: strategy });
  // The member's own words are shown as written, in both languages alike.
  if (plan.own !== '')
    rows.push({ label: { ko: '나만의 방법', en: 'My own way' }, value: both(() => plan.own) });
  for (const c of plan.contacts)
    rows.push({ label: { ko: '도움받을 곳', en: 'Where to get help' }, value: contactLine(c) });
  if (plan.ifThen !== '')
    rows.push({ label: { ko: '만약 …하면', en: 'If … then' }, value: both(() => plan.ifThen) });
  return { kind: 'pairs', rows: [{ label: { ko: '걸림돌', en: 'Barrier' }, value: barrier.name }, ...rows] };
}

/**
 * Built on the personal view, so the report obeys the same rules: own answers only, sensitive
 * categories only under a current consent. Null when the member rated nothing as holding them back.
 */
export function barrierMapReport(config: BarrierMapConfig, ctx: PersonalContext): ReportSection | null {
  const view = barrierMapPersonalView(config, ctx);
  if (view.top.length === 0) return null;
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: { ko: '나의 주요 걸림돌', en: 'My main barriers' } },
    {
      kind: 'list',
      items: view.top.map((id) => {
        const rating = view.ratings[id];
        const level = rating !== undefined && 'level' in rating ? rating.level : 1;
        const words = LEVEL_WORDS[level]!;
        return both((lang) => `${barrierOf(id)!.name[lang]} (${words[lang]})`);
      }),
    },
  ];
  if (view.plans.length > 0) {
    blocks.push({ kind: 'paragraph', text: { ko: '나의 대처 계획', en: 'My coping plan' } });
    blocks.push(...view.plans.map(planBlock));
    const lines = view.plans.filter((p) => p.ifThen !== '').map((p) => both(() => p.ifThen));
    if (lines.length > 0) {
      blocks.push({ kind: 'paragraph', text: { ko: '나의 "만약 …하면" 다짐', en: 'My if-then lines' } });
      blocks.push({ kind: 'list', items: lines });
    }
  }
  return {
    title: { ko: '나의 취업 걸림돌과 대처 계획', en: 'My job-search barriers and coping plan' },
    blocks,
  };
}
