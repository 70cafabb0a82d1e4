import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { wireError } from '../shared/protocol/errors.js';
import { isAllowedOrigin } from './auth/origin.js';
import type { AppConfig } from './config.js';
import { assessmentRoutes } from './http/assessment-routes.js';
import { authRoutes } from './http/auth-routes.js';
import { centerRoutes } from './http/center-routes.js';
import { programRoutes, type ProgramRealtime } from './http/program-routes.js';
import { dashboardRoutes, programReportRoutes } from './http/figure-routes.js';
import { followUpRoutes, outcomeRoutes } from './http/outcome-routes.js';
import { satisfactionRoutes } from './http/satisfaction-routes.js';
import { centerExportRoutes, programExportRoutes } from './http/export-routes.js';
import { testimonialRoutes } from './http/testimonial-routes.js';
import { errorHandler } from './http/respond.js';
import { exportLogPruner } from './export/log-retention.js';
import { qrRoute } from './http/qr-route.js';
import { reportRoutes } from './http/report-routes.js';
import { reportWorker } from './http/report-worker.js';
import { rosterRoutes } from './http/roster-routes.js';
import { sessionRoutes } from './http/session-routes.js';
import { clientRoutes } from './http/static-client.js';
import { LocalExportLimiter, type ExportLimiter } from './limits/export-limiter.js';
import type { Logger } from './logger.js';
import { dayAutoEnder, type DayAutoEnder } from './program-days/auto-end.js';
import { reportSections } from './report/program-sections.js';
import { createRealtime, type Realtime } from './realtime/socket-server.js';
import type { Storage } from './storage/index.js';

export interface AppDeps {
  storage: Storage;
  config: AppConfig;
  logger: Logger;
  /** The clock for program days' automatic end and for "today" (rosters, follow-ups due); tests move it. */
  now?: () => number;
  /** One XLSX export per center at a time; in-process unless a shared one is given (tests hold it). */
  exportLimiter?: ExportLimiter;
}

export interface App {
  /** The express app, for tests that list its routes. */
  express: Express;
  httpServer: HttpServer;
  realtime: Realtime;
  /** Ends program days left running past their time; sweeps on a timer while the app is open. */
  dayAutoEnder: DayAutoEnder;
  listen(port?: number): Promise<number>;
  close(): Promise<void>;
}

const BODY_LIMIT = '32kb';

/** Page routes → the HTML entry that serves them (compressed, never cached). Each audience gets its own bundle. */
const PAGES: [string, string][] = [
  ['/', 'participant.html'],
  ['/join', 'participant.html'],
  ['/j/:code', 'participant.html'],
  ['/facilitator', 'facilitator.html'],
  ['/facilitator/{*rest}', 'facilitator.html'],
  ['/screen/:code', 'screen.html'],
  ['/r', 'report.html'],
];

/** Builds the whole app around injected storage, so tests run the real thing on port 0. */
export function createApp({
  storage,
  config,
  logger,
  now = Date.now,
  exportLimiter = new LocalExportLimiter(),
}: AppDeps): App {
  const app = express();
  app.disable('x-powered-by');
  // The same function the socket handshake uses (`clientIp`), so HTTP and socket limits agree.
  app.set('trust proxy', config.trustProxy);
  const documentHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'upgrade-insecure-requests': null,
      },
    },
    strictTransportSecurity: config.secureCookies,
  });
  // Hashed scripts, styles and fonts are not documents: a page's policies (CSP, framing, opener,
  // referrer…) mean nothing on them and cost a phone about 500 bytes per file of its first load. They
  // keep what protects a subresource: nosniff and same-origin resource policy (and HSTS when on).
  const assetHeaders = helmet({
    contentSecurityPolicy: false,
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    referrerPolicy: false,
    strictTransportSecurity: config.secureCookies,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xFrameOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
  });
  app.use((req: Request, res: Response, next: NextFunction) =>
    (req.path.startsWith('/assets/') ? assetHeaders : documentHeaders)(req, res, next),
  );

  app.get('/healthz', async (_req, res) => {
    try {
      await storage.ping();
      res.json({ status: 'ok', database: storage.dialect });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  // API answers name people (rosters, members, answers, users) or depend on who asks: no browser
  // or proxy keeps them. A route with nothing personal (the QR code) sets its own caching.
  app.use('/api', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  // Cookie-authenticated writes from another site are refused before anything else looks at them.
  app.use('/api', (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD' && !isAllowedOrigin(req, config)) {
      res.status(403).json({ error: wireError('cross_origin') });
      return;
    }
    next();
  });
  app.use('/api', express.json({ limit: BODY_LIMIT }));
  app.use(
    '/api/auth',
    authRoutes(
      storage,
      config,
      {
        loginEnded: (tokenHash) => realtime.loginEnded(tokenHash),
        otherLoginsEnded: (userId, kept) => realtime.otherLoginsEnded(userId, kept),
      },
      logger,
    ),
  );
  app.use('/api/sessions', sessionRoutes(storage));
  const exportDeps = { limiter: exportLimiter, now, logger };
  app.use(
    '/api/center',
    centerRoutes(storage, { userAccessChanged: (userId) => realtime.userAccessChanged(userId) }, now),
    centerExportRoutes(storage, exportDeps),
  );
  // The realtime server is made with the HTTP server below; routes reach it only when called.
  const live: ProgramRealtime = {
    dayStarted: (programId, code) => realtime.dayStarted(programId, code),
    sessionEnded: (sessionId) => realtime.sessionEnded(sessionId),
    membersMerged: (participantIds, code, sessionIds, fromMemberId) =>
      realtime.membersMerged(participantIds, code, sessionIds, fromMemberId),
    pinReissued: (programId, nickname) => realtime.pinReissued(programId, nickname),
    programEnded: (programId, code) => realtime.dayStarted(programId, code),
    userAccessChanged: (userId) => realtime.userAccessChanged(userId),
    onlineParticipantIds: (sessionIds) => realtime.onlineParticipantIds(sessionIds),
  };
  const days = dayAutoEnder({
    storage,
    now,
    logger,
    sessionEnded: (sessionId) => realtime.sessionEnded(sessionId),
  });
  app.use(
    '/api/programs',
    programRoutes(storage, live, { now, endOverdueDays: () => days.sweep() }),
    rosterRoutes(storage, live, now),
    outcomeRoutes(storage, now),
    satisfactionRoutes(storage),
    testimonialRoutes(storage),
    assessmentRoutes(storage, now),
    programExportRoutes(storage, exportDeps),
    programReportRoutes(storage, now),
  );
  app.use('/api/follow-ups', followUpRoutes(storage, now));
  app.use('/api/dashboard', dashboardRoutes(storage, now));
  app.get('/api/qr/:code.svg', qrRoute(config));
  app.use('/api', reportRoutes(storage, reportSections(storage), now));
  app.use('/api', (_req, res) => {
    res.status(404).json({ error: wireError('not_found') });
  });

  app.get('/r/sw.js', reportWorker);
  app.use(clientRoutes(config.clientDir, PAGES, logger));
  app.use(errorHandler(logger));

  const httpServer = createServer(app);
  const realtime = createRealtime(httpServer, storage, config, logger);
  days.start();
  const exportLog = exportLogPruner({ storage, now, logger });
  exportLog.start();

  return {
    express: app,
    httpServer,
    realtime,
    dayAutoEnder: days,
    listen: (port = config.port) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, () => resolve((httpServer.address() as AddressInfo).port));
      }),
    close: async () => {
      await days.stop();
      await exportLog.stop();
      await realtime.close();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
