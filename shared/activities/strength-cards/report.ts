import type { Text } from '../../i18n/text.js';
import type { PersonalContext, ReportBlock, ReportSection } from '../counseling-module.js';
import { bothSeen, myPicks, receivedCards } from './views.js';
import { currentExample } from './records.js';
import type { StrengthCardsConfig } from './types.js';

const both = (value: string): Text => ({ ko: value, en: value });

/**
 * "나의 강점 / My strengths" in the take-home report: my top cards (then my other picks), my example,
 * the cards others gave me with the notes I may read (the same `visibleToSubject` rule as the phone,
 * so a held note never reaches paper), and the cards both I and others saw. Null when there is nothing.
 */
export function reportSection(config: StrengthCardsConfig, ctx: PersonalContext): ReportSection | null {
  const picks = myPicks(ctx);
  const received = receivedCards(ctx);
  const example = config.example ? currentExample(ctx.given, ctx.memberId) : null;
  if (picks.length === 0 && received.length === 0 && example === null) return null;

  const blocks: ReportBlock[] = [];
  const top = picks.filter((p) => p.rank > 0);
  const rest = picks.filter((p) => p.rank === 0);
  if (top.length > 0) {
    blocks.push({ kind: 'paragraph', text: { ko: '내가 꼽은 강점', en: 'My top strengths' } });
    blocks.push({
      kind: 'list',
      items: top.map((p) => ({
        ko: `${p.rank}위 ${p.name.ko} — ${p.description.ko}`,
        en: `No. ${p.rank} ${p.name.en} — ${p.description.en}`,
      })),
    });
  }
  if (rest.length > 0) {
    blocks.push({ kind: 'paragraph', text: { ko: '내가 고른 다른 강점', en: 'My other picks' } });
    blocks.push({ kind: 'list', items: rest.map((p) => p.name) });
  }
  if (example !== null) {
    blocks.push({
      kind: 'pairs',
      rows: [{ label: { ko: '나의 경험', en: 'My example' }, value: both(example) }],
    });
  }
  if (received.length > 0) {
    blocks.push({ kind: 'paragraph', text: { ko: '다른 사람이 준 강점 카드', en: 'Cards others gave me' } });
    blocks.push({
      kind: 'list',
      items: received.flatMap((card) => [
        { ko: `${card.name.ko} ×${card.count}`, en: `${card.name.en} ×${card.count}` },
        ...card.notes.map((note) => ({
          ko: `“${note.text}” — ${note.from.ko}`,
          en: `“${note.text}” — ${note.from.en}`,
        })),
      ]),
    });
  }
  const seen = bothSeen(picks, received);
  if (seen.length > 0) {
    blocks.push({ kind: 'paragraph', text: { ko: '다른 사람도 알아본 강점', en: 'Others see it too' } });
    blocks.push({ kind: 'list', items: seen.map((c) => c.name) });
  }
  return { title: { ko: '나의 강점', en: 'My strengths' }, blocks };
}
