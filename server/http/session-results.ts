import type { Request, Response } from 'express';
import { activityModule, hidesAuthors, resultsAudience } from '../../shared/activities/registry.js';
import { describeAnswerText } from '../../shared/activities/describe.js';
import { EMPTY_CELL, numberCell, textCell, type Cell } from '../../shared/export/cells.js';
import { CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import type { SessionResults } from '../../shared/protocol/views.js';
import { canRunSession } from '../auth/access.js';
import { AppError } from '../errors.js';
import type { Storage, StoredActivity, StoredAnswer, StoredSession } from '../storage/index.js';
import { toCsv } from '../export/csv.js';
import { consoleSummary } from '../realtime/views.js';
import { param, requireUser } from './program-access.js';

/** The same rule as the console: a session someone may not run is as unknown as one that does not exist. */
async function sessionFor(storage: Storage, req: Request): Promise<StoredSession> {
  const user = await requireUser(storage, req);
  const session = await storage.sessions.findById(param(req, 'sessionId'));
  if (!session || !(await canRunSession(storage, user, session))) {
    throw new AppError('session_not_found', 404);
  }
  return session;
}

/** Each activity with the answers the facilitator kept: hidden entries are left out. */
async function keptAnswers(storage: Storage, session: StoredSession) {
  const [activities, answers] = await Promise.all([
    storage.activities.list(session.id),
    storage.answers.listForSession(session.id),
  ]);
  const byActivity = new Map<string, StoredAnswer[]>(activities.map((a) => [a.id, []]));
  for (const answer of answers) if (!answer.hidden) byActivity.get(answer.activityId)?.push(answer);
  return activities.map((activity) => ({ activity, answers: byActivity.get(activity.id) ?? [] }));
}

const HEADERS = {
  ko: ['순서', '유형', '질문', '참여자', '답변', '시각'],
  en: ['#', 'Type', 'Question', 'Participant', 'Answer', 'Time'],
};

const TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: CENTER_TIME_ZONE,
  dateStyle: 'short',
  timeStyle: 'medium',
});

function csvRows(kept: { activity: StoredActivity; answers: StoredAnswer[] }[], lang: 'ko' | 'en') {
  const rows: Cell[][] = [HEADERS[lang].map(textCell)];
  for (const [index, { activity, answers }] of kept.entries()) {
    const module = activityModule(activity.type);
    // Anonymous: not even the export links an entry to a person.
    const anonymous = hidesAuthors(activity.type, activity.config);
    // Entries only their authors see are not exported either (the console had only their count).
    if (resultsAudience(activity.type, activity.config) === 'self') continue;
    for (const a of answers) {
      rows.push([
        numberCell(index + 1),
        textCell(module.name[lang]),
        textCell(activity.title),
        anonymous ? EMPTY_CELL : textCell(a.nickname),
        textCell(describeAnswerText(activity.type, activity.config, a.value)),
        textCell(TIME.format(a.updatedAt)),
      ]);
    }
  }
  return rows;
}

/** Every activity's results, for the console after the session ended (and any time before). */
export function resultsHandler(storage: Storage) {
  return async (req: Request, res: Response) => {
    const session = await sessionFor(storage, req);
    const kept = await keptAnswers(storage, session);
    const body: SessionResults = {
      sessionId: session.id,
      activities: kept.map(({ activity, answers }) => ({
        activityId: activity.id,
        type: activity.type,
        title: activity.title,
        config: activity.config,
        respondents: answers.length,
        summary: consoleSummary(activity, answers, true),
      })),
    };
    res.set('Cache-Control', 'no-store').json(body);
  };
}

/** One row per answer of every activity, UTF-8 with a BOM so Excel shows Korean; `?lang=en` for English headers. */
export function csvHandler(storage: Storage) {
  return async (req: Request, res: Response) => {
    const session = await sessionFor(storage, req);
    const lang = req.query.lang === 'en' ? 'en' : 'ko';
    const csv = toCsv(csvRows(await keptAnswers(storage, session), lang));
    // The center's date: a session made before 09:00 in Seoul is still on the previous UTC day.
    const date = todayIn(CENTER_TIME_ZONE, new Date(session.createdAt));
    const name = `moim-${session.code}-${date}.csv`;
    res
      .set('Cache-Control', 'no-store')
      .set('Content-Type', 'text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="${name}"`)
      .send(csv);
  };
}
