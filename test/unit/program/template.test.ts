import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agendaMinutes, moduleById, modules, programs } from '../../../shared/content/index.js';
import { daysBetween, isValidDate, minutesOfTime, weekday } from '../../../shared/program/dates.js';
import { createProgramBodySchema } from '../../../shared/program/schemas.js';
import {
  agendaModuleFrom,
  DEFAULT_START_TIME,
  endTimeFor,
  plannedMinutes,
  programFromTemplate,
} from '../../../shared/program/template.js';

const FIRST_DATE = '2025-03-07'; // a Friday: the second day falls after a weekend

describe('program from a catalog template', () => {
  it('has catalog programs to test', () => {
    expect(programs.length).toBeGreaterThan(0);
  });

  for (const template of programs) {
    describe(template.id, () => {
      const body = programFromTemplate({
        template,
        modules: moduleById,
        trackId: null,
        firstDate: FIRST_DATE,
        facilitatorIds: ['f1'],
      });

      it('parses as a create-program body', () => {
        const parsed = createProgramBodySchema.safeParse(body);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      });

      it("plans exactly the catalog agenda's hours, within the catalog's hours", () => {
        const planned = body.days.reduce((sum, d) => sum + plannedMinutes(d.modules), 0);
        expect(planned).toBe(agendaMinutes(template, modules));
        expect(planned / 60).toBeGreaterThanOrEqual(template.hours.min);
        expect(planned / 60).toBeLessThanOrEqual(template.hours.max);
      });

      it('puts each agenda day on its own weekday, in order, with its modules', () => {
        expect(body.days).toHaveLength(template.agenda.days.length);
        expect(body.days[0]!.date).toBe(FIRST_DATE);
        body.days.forEach((day, i) => {
          expect(isValidDate(day.date)).toBe(true);
          expect([0, 6]).not.toContain(weekday(day.date));
          if (i > 0) expect(daysBetween(body.days[i - 1]!.date, day.date)).toBeGreaterThan(0);
          expect(day.modules.map((m) => m.moduleId)).toEqual(template.agenda.days[i]!.moduleIds);
          expect(day.startTime).toBe(DEFAULT_START_TIME);
          expect(minutesOfTime(day.endTime) - minutesOfTime(day.startTime)).toBeGreaterThanOrEqual(
            plannedMinutes(day.modules),
          );
        });
      });

      it('names the template and no track when none is asked for', () => {
        expect(body).toMatchObject({ templateId: template.id, trackId: null, title: template.name.ko });
        expect(body.facilitatorIds).toEqual(['f1']);
      });

      for (const track of template.tracks) {
        it(`takes the track ${track.id}`, () => {
          const withTrack = programFromTemplate({
            template,
            modules: moduleById,
            trackId: track.id,
            firstDate: FIRST_DATE,
            facilitatorIds: ['f1'],
          });
          expect(withTrack.trackId).toBe(track.id);
          expect(withTrack.title).toContain(track.name.ko);
          expect(createProgramBodySchema.safeParse(withTrack).success).toBe(true);
        });
      }
    });
  }

  it('ignores an unknown track', () => {
    const template = programs[0]!;
    const body = programFromTemplate({
      template,
      modules: moduleById,
      trackId: 'no-such-track',
      firstDate: FIRST_DATE,
      facilitatorIds: ['f1'],
    });
    expect(body.trackId).toBeNull();
    expect(body.title).toBe(template.name.ko);
  });

  it('gives every agenda item a unique key', () => {
    const template = programs[0]!;
    const body = programFromTemplate({
      template,
      modules: moduleById,
      trackId: null,
      firstDate: FIRST_DATE,
      facilitatorIds: ['f1'],
    });
    const keys = body.days.flatMap((d) =>
      d.modules.flatMap((m) => [m.key, ...m.activities.map((a) => a.key)]),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("shares a module's minutes among its activities without exceeding them", () => {
    for (const module of modules) {
      const item = agendaModuleFrom(module);
      expect(item.minutes).toBe(module.durationMinutes);
      const sum = item.activities.reduce((s, a) => s + a.minutes, 0);
      expect(sum).toBeLessThanOrEqual(module.durationMinutes);
      for (const a of item.activities) expect(a.minutes % 5).toBe(0);
    }
  });

  it('ends a day after its program minutes, adding lunch to long days, never past 23:59', () => {
    expect(endTimeFor('09:30', 180)).toBe('12:30');
    expect(endTimeFor('09:30', 240)).toBe('13:30');
    expect(endTimeFor('09:30', 300)).toBe('15:30');
    expect(endTimeFor('22:00', 480)).toBe('23:59');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 23 * 60 }),
        fc.integer({ min: 5, max: 8 * 60 }),
        (start, minutes) => {
          const startTime = `${String(Math.floor(start / 60)).padStart(2, '0')}:${String(start % 60).padStart(2, '0')}`;
          const end = minutesOfTime(endTimeFor(startTime, minutes));
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(23 * 60 + 59);
        },
      ),
    );
  });
});
