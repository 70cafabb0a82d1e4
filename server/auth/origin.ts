import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '../config.js';

/**
 * Browsers send `Origin` on WebSocket upgrades and on cross-site requests. A request whose Origin
 * is neither this server's own host nor a configured origin is refused: socket.io's CORS option
 * does not cover WebSocket upgrades, so this check is ours. Requests without Origin (same-origin
 * GETs, non-browser clients) carry no cross-site risk and pass.
 */
export function isAllowedOrigin(req: IncomingMessage, config: Pick<AppConfig, 'allowedOrigins'>): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return req.headers['sec-fetch-site'] !== 'cross-site';
  if (config.allowedOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
