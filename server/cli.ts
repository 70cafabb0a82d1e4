import { parseArgs } from 'node:util';
import { setupBodySchema } from '../shared/protocol/schemas.js';
import { hashPassword } from './auth/passwords.js';
import { loadConfig } from './config.js';
import { openStorage } from './storage/index.js';

const USAGE = `Usage: npm run moim -- create-facilitator --email E --password P --name N`;

async function createFacilitator(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
  });
  const input = setupBodySchema.safeParse(values);
  if (!input.success) {
    console.error('Invalid input (email, a password of at least 8 characters, a name):');
    console.error(input.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n'));
    return 1;
  }
  const storage = await openStorage(loadConfig().databaseUrl);
  try {
    const created = await storage.facilitators.create({
      email: input.data.email,
      name: input.data.name,
      passwordHash: await hashPassword(input.data.password),
    });
    if (!created) {
      console.error(`A facilitator with email ${input.data.email} already exists.`);
      return 1;
    }
    console.log(`Created facilitator ${created.name} <${created.email}> (${created.id})`);
    return 0;
  } finally {
    await storage.close();
  }
}

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, (args: string[]) => Promise<number>> = {
  'create-facilitator': createFacilitator,
};
const run = command ? commands[command] : undefined;
if (!run) {
  console.error(USAGE);
  process.exit(2);
}
process.exit(await run(rest));
