import { supportServiceById } from '../content/index.js';
import { breakdownFigure, countFigure } from '../privacy/figures.js';
import { HEALTH_GROUP, type ReferralCountRow } from './rows.js';
import type { ReferralsCell, ReferralsShown } from './views.js';

/**
 * Referrals as they leave the room (design §4.4, §6.2): how many, by service — the health-related ones
 * only as the one group "건강 관련 지원", which the store already made — and how many are connected,
 * each breakdown through `breakdownFigure` with the number of referrals as its public total.
 */
export interface ReferralFigures {
  total: number;
  connected: number;
  byService: { service: string; count: number }[];
}

export function referralFigures(rows: readonly ReferralCountRow[]): ReferralFigures {
  return {
    total: rows.reduce((s, r) => s + r.referrals, 0),
    connected: rows.reduce((s, r) => s + r.connected, 0),
    byService: rows.map((r) => ({ service: r.service, count: r.referrals })),
  };
}

const HEALTH_NAME = { ko: '건강 관련 지원', en: 'Health-related support' };
const OTHER_NAME = { ko: '기타', en: 'Other' };

/** The name a service is counted under in reports: never a health-related service's own. */
export function referralServiceName(service: string): { ko: string; en: string } {
  if (service === HEALTH_GROUP) return HEALTH_NAME;
  const known = supportServiceById.get(service);
  if (!known || known.healthRelated === true) return service === 'other' || !known ? OTHER_NAME : HEALTH_NAME;
  return known.name;
}

const statusCells = (f: ReferralFigures) => [
  { key: 'connected' as const, count: f.connected },
  { key: 'other' as const, count: f.total - f.connected },
];

export function shownReferrals(f: ReferralFigures, t: number): ReferralsShown {
  const order = (s: string) => (s === HEALTH_GROUP ? 2 : s === 'other' ? 1 : 0);
  const services = [...f.byService].sort(
    (a, b) => order(a.service) - order(b.service) || a.service.localeCompare(b.service),
  );
  return {
    total: countFigure(f.total, t),
    byService: breakdownFigure(
      services.map((s) => ({ key: s.service, count: s.count })),
      t,
    ),
    names: Object.fromEntries(services.map((s) => [s.service, referralServiceName(s.service)])),
    status: breakdownFigure(statusCells(f), t),
  };
}

/** A dashboard cell: the count and the connected, both shown or the program left out of the totals. */
export function referralsCell(f: ReferralFigures, t: number): ReferralsCell {
  const status = breakdownFigure(statusCells(f), t);
  const connected = 'cells' in status ? status.cells.find((c) => c.key === 'connected') : undefined;
  return {
    count: countFigure(f.total, t),
    connected: connected && 'count' in connected ? { count: connected.count } : { lessThan: t },
  };
}
