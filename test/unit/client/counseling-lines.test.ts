import { describe, expect, it } from 'vitest';
import {
  counselingLines,
  lineAction,
  openFirst,
} from '../../../client/src/facilitator/ui/console/counseling-lines.js';
import type { AgendaModule } from '../../../shared/program/schemas.js';
import type { CounselingConsoleView } from '../../../shared/protocol/views.js';

const modules: AgendaModule[] = [
  {
    key: 'm1',
    moduleId: null,
    title: '여는 시간',
    minutes: 60,
    activities: [
      { key: 'p1', type: 'poll-single', title: '기분은?', minutes: 5 },
      { key: 'ap', type: 'action-plan', title: '실행 계획', minutes: 20 },
      { key: 'ap2', type: 'action-plan', title: '실행 계획', minutes: 20 },
    ],
  },
];

const view = (id: string, agendaKey: string | null, status: 'open' | 'closed'): CounselingConsoleView => ({
  id,
  programId: 'prog',
  sessionId: 's',
  type: 'action-plan',
  title: '실행 계획',
  config: { steps: 3 },
  pace: 'self',
  status,
  phase: 'plan',
  agendaKey,
  groupingId: null,
  progress: {},
  picture: null,
  commentCount: 0,
});

describe('the console’s counseling lines', () => {
  it('lists only counseling lines, matched to their activity by key and never by title', () => {
    const lines = counselingLines(modules, [view('v2', 'ap2', 'open')]);
    expect(lines.map((l) => [l.key, l.view?.id ?? null])).toEqual([
      ['ap', null],
      ['ap2', 'v2'],
    ]);
  });

  it('offers open for a new line, close for a running one, open again for a closed one', () => {
    const [fresh, running] = counselingLines(modules, [view('v2', 'ap2', 'open')]);
    expect(lineAction(fresh!)).toBe('open');
    expect(lineAction(running!)).toBe('close');
    const [closed] = counselingLines(modules, [view('v1', 'ap', 'closed')]);
    expect(lineAction(closed!)).toBe('reopen');
  });

  it('puts open activities first', () => {
    const list = openFirst([view('a', null, 'closed'), view('b', null, 'open')]);
    expect(list.map((v) => v.id)).toEqual(['b', 'a']);
  });
});
