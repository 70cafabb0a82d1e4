import { programById } from '../content/index.js';
import { employmentLine } from '../outcomes/employment-line.js';
import { rateFigure } from '../privacy/figures.js';
import type { AgendaModule } from '../program/schemas.js';
import type { ProgramFigures } from './program-figures.js';
import { shownReferrals } from './referrals.js';
import { shownSatisfaction } from './satisfaction.js';
import { attendanceFigure, completionFigure, shownPrePost, templateName } from './shown.js';
import type { ProgramReport } from './views.js';

/** What the report says about the program beside its figures: no member, only staff and the plan. */
export interface ReportProgram {
  centerName: string;
  completionThreshold: number;
  smallCountThreshold: number;
  today: string;
  facilitators: readonly string[];
  /** Consented quotes only (`quotableTestimonials`), signed as their members chose. */
  testimonials: readonly { text: string; byline: { ko: string; en: string } }[];
  days: readonly {
    id: string;
    number: number;
    date: string;
    startTime: string;
    endTime: string;
    modules: readonly Pick<AgendaModule, 'title' | 'minutes'>[];
  }[];
}

/**
 * The program report (evidence page, design §6.3): header, attendance per day, completion, pre/post as
 * group figures, employment, satisfaction, referrals (health ones as one group), consented quotes, the
 * agenda. It names nobody: there is no per-person row in it, and every
 * figure follows the small-count rule at the center's threshold.
 */
export function programReport(f: ProgramFigures, p: ReportProgram): ProgramReport {
  const t = p.smallCountThreshold;
  const dayHours = new Map(f.days.map((d) => [d.dayId, d]));
  const template = f.program.templateId === null ? undefined : programById.get(f.program.templateId);
  return {
    generatedOn: p.today,
    center: { name: p.centerName },
    thresholds: { smallCount: t, completion: p.completionThreshold },
    program: {
      id: f.program.id,
      title: f.program.title,
      group: f.program.group,
      template: templateName(f.program.templateId),
      track: template?.tracks.find((tr) => tr.id === f.program.trackId)?.name ?? null,
      firstDay: f.program.firstDay,
      lastDay: f.program.lastDay,
      ended: f.program.status === 'ended',
      inProgress: f.inProgress,
      facilitators: [...p.facilitators],
    },
    participants: f.members,
    days: p.days.map((d) => {
      const hours = dayHours.get(d.id);
      const held = hours?.held ?? false;
      const present = held ? rateFigure(hours?.present ?? 0, f.members, t) : null;
      return {
        number: d.number,
        date: d.date,
        startTime: d.startTime,
        endTime: d.endTime,
        plannedHours: (hours?.plannedMinutes ?? 0) / 60,
        held,
        present,
        attendedHours: present && 'value' in present ? (hours?.attendedHours ?? 0) : null,
      };
    }),
    attendance: { heldDays: f.attendance.heldDays, rate: attendanceFigure(f, t) },
    completion: { final: f.completion.final, figure: completionFigure(f, t) },
    prePost: f.prePost.map((pp) => shownPrePost(pp, t)),
    employment: employmentLine(f.employment, t),
    satisfaction: f.satisfaction.map((s) => shownSatisfaction(s, t)),
    referrals: shownReferrals(f.referrals, t),
    testimonials: p.testimonials.map((q) => ({ text: q.text, byline: { ko: q.byline.ko, en: q.byline.en } })),
    agenda: p.days.map((d) => ({
      number: d.number,
      date: d.date,
      modules: d.modules.map((m) => ({ title: m.title, minutes: m.minutes })),
    })),
  };
}
