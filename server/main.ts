import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { openStorage } from './storage/index.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const storage = await openStorage(config.databaseUrl, (error) =>
  logger.warn({ err: error }, 'database connection error'),
);
// Last line of defence: a bug in a handler is logged, not a dead server in front of a group.
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
const app = createApp({ storage, config, logger });
const port = await app.listen();
logger.info({ port, database: storage.dialect }, `Moim is listening on http://localhost:${port}`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  await app.close();
  await storage.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
