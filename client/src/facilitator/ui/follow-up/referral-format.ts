import { supportServiceById, supportServices } from '../../../../../shared/content/index.js';
import type { SupportService } from '../../../../../shared/content/schema.js';
import type { Lang } from '../../../../../shared/i18n/text.js';
import { OTHER_SERVICE, type ReferralStatus } from '../../../../../shared/referrals/schemas.js';
import type { ReferralView } from '../../../../../shared/referrals/views.js';
import type { TFn } from '../../../common/i18n.js';

/** Words and order for referrals (연계), shared by the section and its dialogs. */

/** The referral form's service list: the library's services split into general and health-related, in library order. */
export function serviceGroups(services: readonly SupportService[] = supportServices): {
  general: SupportService[];
  health: SupportService[];
} {
  return {
    general: services.filter((s) => s.healthRelated !== true),
    health: services.filter((s) => s.healthRelated === true),
  };
}

/** "연계 대기", "연계됨", "연계 안 됨", "거절". */
export function statusLabel(status: ReferralStatus, t: TFn): string {
  return t(`referrals.status.${status}`);
}

/** The service as the page's language names it; an 'other' service keeps the name staff typed. */
export function serviceName(referral: Pick<ReferralView, 'serviceId' | 'serviceName'>, lang: Lang): string {
  if (referral.serviceId === OTHER_SERVICE) return referral.serviceName;
  return supportServiceById.get(referral.serviceId)?.name[lang] ?? referral.serviceName;
}

/** Each member's referrals, in the view's order (referral date, then when recorded). */
export function referralsByMember(referrals: readonly ReferralView[]): Map<string, ReferralView[]> {
  const byMember = new Map<string, ReferralView[]>();
  for (const r of referrals) {
    const list = byMember.get(r.memberId);
    if (list) list.push(r);
    else byMember.set(r.memberId, [r]);
  }
  return byMember;
}

/**
 * A referral's outcomes newest first (the view lists them as recorded, oldest first); the first one
 * is the current status, which the view's `status` repeats.
 */
export function updatesNewestFirst(referral: ReferralView): ReferralView['updates'] {
  return [...referral.updates].reverse();
}
