import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COUNSELING_TYPES,
  type CounselingType,
  type ReportSection,
} from '../../../shared/activities/counseling-module.js';
import {
  buildReport,
  EMPTY_REPORT,
  REPORT_ORDER,
  type ReportSectionInput,
} from '../../../shared/report/build.js';
import { retainUntil } from '../../../shared/program/retention.js';

const program = {
  title: '취업희망 집단상담',
  center: '서울센터',
  dates: ['2026-03-05', '2026-03-03', '2026-03-04'],
  retainUntil: null,
};

function section(title: string): ReportSection {
  return {
    title: { ko: title, en: title },
    blocks: [{ kind: 'paragraph', text: { ko: `${title} 내용`, en: `${title} text` } }],
  };
}

const entry = (type: CounselingType, title: string): ReportSectionInput => ({
  type,
  section: section(title),
});

describe('buildReport', () => {
  it('puts sections in the report order of their types, activities of one type in the order given', () => {
    const report = buildReport({
      program,
      member: { nickname: '하늘' },
      sections: [
        entry('action-plan', 'plan'),
        entry('mock-interview', 'interview'),
        entry('strength-cards', 'strengths 1'),
        entry('barrier-map', 'barriers'),
        entry('strength-cards', 'strengths 2'),
      ],
      generatedAt: 1,
    });
    expect(report.sections.map((s) => s.title.en)).toEqual([
      'strengths 1',
      'strengths 2',
      'barriers',
      'interview',
      'plan',
    ]);
    expect(report.empty).toBeNull();
  });

  it('says the report is empty when nothing is in it yet, and leaves out sections without content', () => {
    const blank: ReportSection = {
      title: { ko: '강점', en: 'Strengths' },
      blocks: [
        { kind: 'list', items: [] },
        { kind: 'pairs', rows: [] },
        { kind: 'paragraph', text: { ko: ' ', en: '' } },
      ],
    };
    const report = buildReport({
      program,
      member: { nickname: '하늘' },
      sections: [{ type: 'strength-cards', section: blank }],
      generatedAt: 1,
    });
    expect(report.sections).toEqual([]);
    expect(report.empty).toEqual(EMPTY_REPORT);
    expect(report.empty?.ko).toContain('빈 보고서');
  });

  it('carries the program, its dates and the member', () => {
    const report = buildReport({ program, member: { nickname: '하늘' }, sections: [], generatedAt: 42 });
    expect(report.title).toEqual({ ko: '나의 결과', en: 'My results' });
    expect(report.program).toEqual({
      title: '취업희망 집단상담',
      center: '서울센터',
      firstDate: '2026-03-03',
      lastDate: '2026-03-05',
      dayCount: 3,
    });
    expect(report.member).toEqual({ nickname: '하늘' });
    expect(report.generatedAt).toBe(42);
    expect(report.availableUntil).toBeNull();
  });

  it('states the retention date of an ended program in both languages', () => {
    const ended = Date.parse('2026-03-05T18:00:00+09:00');
    const report = buildReport({
      program: { ...program, retainUntil: retainUntil(ended, 6) },
      member: { nickname: '하늘' },
      sections: [],
      generatedAt: ended,
    });
    expect(report.availableUntil?.ko).toContain('2026-09-05');
    expect(report.availableUntil?.en).toContain('2026-09-05');
  });

  it('handles a program with no days', () => {
    const report = buildReport({
      program: { ...program, dates: [] },
      member: { nickname: 'a' },
      sections: [],
      generatedAt: 0,
    });
    expect(report.program).toMatchObject({ firstDate: null, lastDate: null, dayCount: 0 });
  });

  it('orders every counseling type', () => {
    expect([...REPORT_ORDER].sort()).toEqual([...COUNSELING_TYPES].sort());
  });

  it('keeps every section with content exactly once, grouped by type in the report order (property)', () => {
    const arbitraryEntry = fc.record({
      type: fc.constantFrom(...COUNSELING_TYPES),
      title: fc.string({ minLength: 1, maxLength: 8 }),
      items: fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryEntry, { maxLength: 12 }), (entries) => {
        const inputs: ReportSectionInput[] = entries.map((e, i) => ({
          type: e.type,
          section: {
            title: { ko: `${i}`, en: e.title },
            blocks: [{ kind: 'list', items: e.items.map((s) => ({ ko: s, en: s })) }],
          },
        }));
        const report = buildReport({ program, member: { nickname: 'n' }, sections: inputs, generatedAt: 0 });
        const kept = inputs.filter((input) =>
          input.section.blocks.some((b) => b.kind === 'list' && b.items.length > 0),
        );
        expect(report.sections).toHaveLength(kept.length);
        expect(report.empty === null).toBe(kept.length > 0);
        const ranks = report.sections.map((s) => REPORT_ORDER.indexOf(inputs[Number(s.title.ko)]!.type));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        const indexes = report.sections.map((s) => Number(s.title.ko));
        for (let i = 1; i < indexes.length; i++)
          if (ranks[i] === ranks[i - 1]) expect(indexes[i]).toBeGreaterThan(indexes[i - 1]!);
      }),
    );
  });
});
