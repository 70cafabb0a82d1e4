import { parseArgs } from 'node:util';
import { z } from 'zod';
import { text } from '../shared/protocol/text.js';
import { centerNameSchema, roleSchema } from '../shared/program/schemas.js';
import { loginBodySchema } from '../shared/protocol/schemas.js';
import { hashPassword } from './auth/passwords.js';
import { loadConfig } from './config.js';
import { openStorage, type Storage } from './storage/index.js';

const USAGE = `Usage:
  npm run moim -- create-center --name N
      creates a center (고용센터 or agency) and prints its id
  npm run moim -- create-facilitator --center C --role admin|facilitator --email E --password P --name N
      creates a user of center C (its id or its exact name)`;

const facilitatorInput = z.object({
  center: text().trim().min(1),
  role: roleSchema,
  email: loginBodySchema.shape.email,
  password: text().min(8).max(200),
  name: text().trim().min(1).max(60),
});

function invalid(what: string, error: z.ZodError): number {
  console.error(`Invalid input (${what}):`);
  console.error(error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n'));
  console.error(USAGE);
  return 1;
}

async function withStorage(run: (storage: Storage) => Promise<number>): Promise<number> {
  const storage = await openStorage(loadConfig().databaseUrl);
  try {
    return await run(storage);
  } finally {
    await storage.close();
  }
}

async function createCenter(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { name: { type: 'string' } } });
  const name = centerNameSchema.safeParse(values.name);
  if (!name.success) return invalid('a center name', name.error);
  return withStorage(async (storage) => {
    const center = await storage.centers.create(name.data);
    console.log(center.id);
    return 0;
  });
}

async function createFacilitator(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      center: { type: 'string' },
      role: { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      name: { type: 'string' },
    },
  });
  const input = facilitatorInput.safeParse(values);
  if (!input.success)
    return invalid('a center, a role, an email, a password of at least 8 characters, a name', input.error);
  return withStorage(async (storage) => {
    const centers = await storage.centers.findByIdOrName(input.data.center);
    if (centers.length !== 1) {
      console.error(
        centers.length === 0
          ? `No center has the id or name "${input.data.center}". Create one with create-center.`
          : `${centers.length} centers are named "${input.data.center}"; give the center's id instead:\n` +
              centers.map((c) => `  ${c.id}  ${c.name}`).join('\n'),
      );
      return 1;
    }
    const center = centers[0]!;
    const created = await storage.facilitators.create({
      centerId: center.id,
      role: input.data.role,
      email: input.data.email,
      name: input.data.name,
      passwordHash: await hashPassword(input.data.password),
    });
    if (!created) {
      console.error(`A user with email ${input.data.email} already exists.`);
      return 1;
    }
    console.log(
      `Created ${created.role} ${created.name} <${created.email}> (${created.id}) in ${center.name}`,
    );
    return 0;
  });
}

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, (args: string[]) => Promise<number>> = {
  'create-center': createCenter,
  'create-facilitator': createFacilitator,
};
const run = command ? commands[command] : undefined;
if (!run) {
  console.error(USAGE);
  process.exit(2);
}
try {
  process.exit(await run(rest));
} catch (error) {
  // parseArgs refuses unknown or valueless options: say so with the usage, not a stack trace.
  console.error(error instanceof Error ? error.message : String(error));
  console.error(USAGE);
  process.exit(1);
}
