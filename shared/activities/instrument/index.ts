import { z } from 'zod';
import { instrumentVersion } from '../../content/index.js';
import type { Instrument } from '../../content/schema.js';
import type { Text } from '../../i18n/text.js';
import { text, uuid } from '../../protocol/text.js';
import type {
  CheckedAnswer,
  GiveContext,
  MemberAnswerRecord,
  MemberProgress,
  PersonalContext,
  PlanOpenedModule,
  ProgressContext,
} from '../counseling-module.js';

/**
 * An instrument wave as a self-paced task (docs/design/assessments-reports.md §2.1): one item per
 * screen on the member's phone, every tap stored like any counseling answer (item key = the
 * instrument's item id), handed in with `assessment:submit`. Opened by the program's assessment
 * plan, never by an agenda line: the server builds the config from the wave row.
 */

export const INSTRUMENT_PHASES = ['answer'] as const;
/** The longest answer to a text item (the satisfaction survey's free text). */
export const INSTRUMENT_TEXT_MAX = 1000;

export const instrumentConfigSchema = z.object({
  waveId: uuid(),
  instrumentId: text().min(1).max(80),
  instrumentVersion: z.number().int().min(1),
  kind: z.enum(['pre', 'post', 'once']),
  /** From the instrument's use (the end-of-program survey), never from a person (§2.2). */
  anonymous: z.boolean(),
});
export type InstrumentConfig = z.infer<typeof instrumentConfigSchema>;

/** What the phone renders, with no content import of its own: the items come in the view. */
export interface InstrumentOnPhone {
  id: string;
  version: number;
  name: Text;
  scale: { min: number; max: number; labels: { value: number; label: Text }[] };
  items: { id: string; kind: 'rating' | 'text'; text: Text }[];
  credit: Text | null;
}

export type InstrumentAnswer = number | string | null;

export interface InstrumentPersonal {
  instrument: InstrumentOnPhone | null;
  /** The member's own stored answers, item id → value (null: "답하지 않기"). */
  answers: Record<string, InstrumentAnswer>;
  submitted: { at: number; dayNumber: number | null } | null;
  dueAt: number | null;
  anonymous: boolean;
}

const instrumentOf = (config: InstrumentConfig): Instrument | null =>
  instrumentVersion(config.instrumentId, config.instrumentVersion) ?? null;

/** The item's value schema: a rating on the instrument's own scale or a text, either may be skipped. */
function valueSchema(instrument: Instrument, itemId: string): z.ZodType | null {
  const item = instrument.items.find((i) => i.id === itemId);
  if (!item) return null;
  if (item.kind === 'text') return text().trim().max(INSTRUMENT_TEXT_MAX).nullable();
  return z.number().int().min(instrument.scale.min).max(instrument.scale.max).nullable();
}

function checkAnswer(config: InstrumentConfig, ctx: GiveContext, value: unknown): CheckedAnswer {
  const instrument = instrumentOf(config);
  if (!instrument || ctx.subjectMemberId !== null || ctx.round !== 0)
    return { ok: false, code: 'invalid_answer' };
  const schema = valueSchema(instrument, ctx.itemKey);
  const parsed = schema?.safeParse(value);
  if (!parsed?.success) return { ok: false, code: 'invalid_answer' };
  return { ok: true, value: parsed.data, noteState: null };
}

export function toPhoneInstrument(instrument: Instrument): InstrumentOnPhone {
  return {
    id: instrument.id,
    version: instrument.version,
    name: instrument.name,
    scale: instrument.scale,
    items: instrument.items.map((i) => ({ id: i.id, kind: i.kind, text: i.text })),
    credit: instrument.credit ?? null,
  };
}

function personalView(config: InstrumentConfig, ctx: PersonalContext): InstrumentPersonal {
  const instrument = instrumentOf(config);
  const items = new Set(instrument?.items.map((i) => i.id));
  const answers: Record<string, InstrumentAnswer> = {};
  for (const a of ctx.given)
    if (a.subjectMemberId === null && items.has(a.itemKey)) answers[a.itemKey] = a.value as InstrumentAnswer;
  return {
    instrument: instrument ? toPhoneInstrument(instrument) : null,
    answers,
    submitted: ctx.submitted ?? null,
    dueAt: ctx.dueAt ?? null,
    anonymous: config.anonymous,
  };
}

function progress(
  config: InstrumentConfig,
  answers: readonly MemberAnswerRecord[],
  memberIds: readonly string[],
  ctx?: ProgressContext,
): Record<string, MemberProgress> {
  const instrument = instrumentOf(config);
  const total = instrument?.items.length ?? 0;
  const items = new Set(instrument?.items.map((i) => i.id));
  const answered = new Map<string, Set<string>>();
  for (const a of answers) {
    if (a.subjectMemberId !== null || !items.has(a.itemKey)) continue;
    let own = answered.get(a.memberId);
    if (!own) answered.set(a.memberId, (own = new Set()));
    own.add(a.itemKey);
  }
  const out: Record<string, MemberProgress> = {};
  for (const id of memberIds) {
    const done = ctx?.submitted?.has(id) ? total : Math.min(total, answered.get(id)?.size ?? 0);
    // The anonymous survey tells the console only who handed in: a draft's progress (11 of 12) could
    // later point at the one response with an item missing.
    out[id] = { done: config.anonymous && done < total ? 0 : done, total };
  }
  return out;
}

export const instrument: PlanOpenedModule<InstrumentConfig, InstrumentPersonal> = {
  type: 'instrument',
  name: { ko: '자기 점검', en: 'Self-assessment' },
  openedBy: 'plan',
  pace: 'self',
  configSchema: instrumentConfigSchema,
  phases: INSTRUMENT_PHASES,
  checkAnswer,
  personalView,
  progress,
  submission: { mode: (config) => (config.anonymous ? 'detach' : 'keep') },
};
