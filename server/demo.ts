import { moduleById, programById } from '../shared/content/index.js';
import { addDays, CENTER_TIME_ZONE, consecutiveWeekdays, todayIn } from '../shared/program/dates.js';
import { programFromTemplate } from '../shared/program/template.js';
import { hashPassword } from './auth/passwords.js';
import { loadConfig } from './config.js';
import { temporaryPassword } from './http/temporary-password.js';
import { openStorage, type Storage } from './storage/index.js';

export const DEMO_CENTER_NAME = '모임 시범 고용센터';
/** The catalog's 성취프로그램: four days a newcomer can open at once. */
export const DEMO_TEMPLATE_ID = 'seongchwi';

export interface DemoData {
  admin: { email: string; password: string };
  facilitator: { email: string; password: string };
  programTitle: string;
  code: string;
}

/**
 * Fills an empty database with one center, its admin, one facilitator and one program from the
 * catalog starting today, so a newcomer sees real screens at once. Does nothing (null) once any
 * user exists: demo data never lands next to real data.
 */
export async function seedDemo(storage: Storage, now: Date = new Date()): Promise<DemoData | null> {
  if ((await storage.facilitators.count()) > 0) return null;
  const template = programById.get(DEMO_TEMPLATE_ID);
  if (!template) throw new Error(`catalog program ${DEMO_TEMPLATE_ID} is missing`);
  const center = await storage.centers.create(DEMO_CENTER_NAME);
  const accounts = [
    { email: 'admin@demo.moim', name: '김관리', role: 'admin' as const },
    { email: 'facilitator@demo.moim', name: '이진행', role: 'facilitator' as const },
  ];
  const created = [];
  for (const account of accounts) {
    const password = temporaryPassword();
    const user = await storage.facilitators.create({
      ...account,
      centerId: center.id,
      passwordHash: await hashPassword(password),
    });
    if (!user) throw new Error(`demo user ${account.email} could not be created`);
    created.push({ user, password });
  }
  const [admin, facilitator] = created as [(typeof created)[0], (typeof created)[0]];
  const today = todayIn(CENTER_TIME_ZONE, now);
  const body = programFromTemplate({
    template,
    modules: moduleById,
    trackId: null,
    firstDate: today,
    facilitatorIds: [admin.user.id, facilitator.user.id],
  });
  // Day 1 is today even on a weekend, so "start today's session" is there to click.
  const dates = [today, ...consecutiveWeekdays(addDays(today, 1), body.days.length - 1)];
  const program = await storage.programs.create({
    centerId: center.id,
    createdBy: admin.user.id,
    body: { ...body, days: body.days.map((d, i) => ({ ...d, date: dates[i] ?? d.date })) },
  });
  return {
    admin: { email: admin.user.email, password: admin.password },
    facilitator: { email: facilitator.user.email, password: facilitator.password },
    programTitle: program.title,
    code: program.code,
  };
}

export function describeDemo(data: DemoData, url: string): string {
  return [
    '',
    `Moim demo — ${DEMO_CENTER_NAME}`,
    `  open        ${url}/facilitator`,
    `  admin       ${data.admin.email}  password ${data.admin.password}`,
    `  facilitator ${data.facilitator.email}  password ${data.facilitator.password}`,
    `  program     ${data.programTitle}, day 1 today; participants join at ${url}/join with code ${data.code}`,
    '  (the passwords are shown only now: note them)',
    '',
  ].join('\n');
}

// `npm run demo`: seed an empty database, then run the server as `npm start` does.
const config = loadConfig();
const storage = await openStorage(config.databaseUrl);
try {
  const data = await seedDemo(storage);
  const url = config.publicUrl ?? `http://localhost:${config.port}`;
  console.log(
    data
      ? describeDemo(data, url)
      : `\nMoim demo: this database already has users, so no demo data was added. Open ${url}/facilitator\n`,
  );
} finally {
  await storage.close();
}
await import('./main.js');
