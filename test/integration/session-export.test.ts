import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionResults } from '../../shared/protocol/views.js';
import { createSession, loginFacilitator, startTestApp, type TestApp } from '../helpers/app.js';
import { connect, ok, type TestSocket } from '../helpers/sockets.js';

/** RFC 4180 read back independently of the writer: quoted cells, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += ch;
    }
  }
  if (cell || row.length) throw new Error('the last row does not end with CRLF');
  return rows;
}

const poll = {
  type: 'poll-single',
  title: '오늘 기분은?',
  config: {
    options: [
      { id: 'a', label: '좋아요, 아주' },
      { id: 'b', label: '그저 그래요' },
    ],
  },
};
const named = {
  type: 'open-text',
  title: '한 마디 (이름 공개)',
  config: { maxLength: 200, anonymous: false },
};
const anonymous = { type: 'open-text', title: '익명 소감', config: { maxLength: 200, anonymous: true } };

describe('a session’s answers after it ended: results and CSV', () => {
  let t: TestApp;
  let cookie: string;
  let sessionId: string;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    ({ cookie } = await loginFacilitator(t));
    let code: string;
    ({ id: sessionId, code } = await createSession(t, cookie, {
      title: '내보내기',
      activities: [poll, named, anonymous],
    }));
    const facilitator = await connect(t.url, { cookie });
    sockets.push(facilitator);
    const [pollId, namedId, anonId] = (await ok(facilitator, 'session:watch', { sessionId })).activities.map(
      (a) => a.id,
    ) as [string, string, string];
    const phones = await Promise.all(
      ['민지', '=준호'].map(async (nickname) => {
        const phone = await connect(t.url);
        sockets.push(phone);
        await ok(phone, 'participant:join', { code, nickname });
        return phone;
      }),
    );
    const answer = (phone: TestSocket, activityId: string, value: unknown) =>
      ok(phone, 'answer:submit', { activityId, answerId: crypto.randomUUID(), value });
    await ok(facilitator, 'activity:open', { sessionId, activityId: pollId });
    await answer(phones[0]!, pollId, { optionId: 'a' });
    await answer(phones[1]!, pollId, { optionId: 'b' });
    await ok(facilitator, 'activity:open', { sessionId, activityId: namedId });
    await answer(phones[0]!, namedId, { text: '따옴표 "인용"과, 쉼표\n그리고 줄바꿈' });
    await answer(phones[1]!, namedId, { text: '=HYPERLINK("http://x")' });
    await ok(facilitator, 'activity:open', { sessionId, activityId: anonId });
    await answer(phones[0]!, anonId, { text: '익명 글' });
    const hiddenId = crypto.randomUUID();
    await ok(phones[1]!, 'answer:submit', {
      activityId: anonId,
      answerId: hiddenId,
      value: { text: '숨길 글' },
    });
    await ok(facilitator, 'answer:hide', { sessionId, answerId: hiddenId, hidden: true });
    await ok(facilitator, 'session:end', { sessionId });
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t.close();
  });

  const get = (path: string, who = cookie) => fetch(`${t.url}${path}`, { headers: { cookie: who } });

  it('downloads every answer as a CSV Excel opens in Korean, without names for anonymous activities', async () => {
    const res = await get(`/api/sessions/${sessionId}/answers.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="moim-\d{6}-\d{4}-\d\d-\d\d\.csv"$/,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(bytes.slice(3)));
    expect(rows[0]).toEqual(['순서', '유형', '질문', '참여자', '답변', '시각']);
    const body = rows.slice(1).map((r) => r.slice(0, 5));
    expect(body).toEqual([
      ['1', '단일 선택 투표', '오늘 기분은?', '민지', '좋아요, 아주'],
      // A nickname or an answer a spreadsheet would run as a formula starts with '.
      ['1', '단일 선택 투표', '오늘 기분은?', "'=준호", '그저 그래요'],
      ['2', '자유 응답', '한 마디 (이름 공개)', '민지', '따옴표 "인용"과, 쉼표\n그리고 줄바꿈'],
      ['2', '자유 응답', '한 마디 (이름 공개)', "'=준호", '\'=HYPERLINK("http://x")'],
      // Anonymous: no participant; the hidden entry is left out.
      ['3', '자유 응답', '익명 소감', '', '익명 글'],
    ]);
    for (const row of rows.slice(1)) expect(row[5]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    // fetch's text() drops the BOM itself.
    const english = parseCsv(await (await get(`/api/sessions/${sessionId}/answers.csv?lang=en`)).text());
    expect(english[0]).toEqual(['#', 'Type', 'Question', 'Participant', 'Answer', 'Time']);
    expect(english[1]![1]).toBe('Single-choice poll');
  });

  it('keeps every activity’s results readable after the end', async () => {
    const res = await get(`/api/sessions/${sessionId}/results`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const results = (await res.json()) as SessionResults;
    expect(results.activities.map((a) => [a.title, a.respondents])).toEqual([
      ['오늘 기분은?', 2],
      ['한 마디 (이름 공개)', 2],
      ['익명 소감', 1],
    ]);
    expect(JSON.stringify(results.activities[2])).not.toContain('숨길 글');
    expect(JSON.stringify(results.activities[2])).not.toContain('민지');
  });

  it('is as unknown to another facilitator as a session that does not exist', async () => {
    const other = await loginFacilitator(t);
    for (const path of ['results', 'answers.csv']) {
      const victim = await get(`/api/sessions/${sessionId}/${path}`, other.cookie);
      const madeUp = await get(`/api/sessions/${crypto.randomUUID()}/${path}`, other.cookie);
      expect(victim.status).toBe(404);
      expect(await victim.json()).toEqual(await madeUp.json());
      expect((await get(`/api/sessions/${sessionId}/${path}`, '')).status).toBe(401);
    }
  });
});
