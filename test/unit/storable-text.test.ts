import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { activityModules } from '../../shared/activities/registry.js';
import * as contentSchemas from '../../shared/content/schema.js';
import * as programSchemas from '../../shared/program/schemas.js';
import * as protocolSchemas from '../../shared/protocol/schemas.js';
import { email, isStorableText, storableText, text, uuid } from '../../shared/protocol/text.js';

describe('text(): strings a database holds as they were sent', () => {
  const refused = {
    'U+0000': 'a\u0000b',
    'a lone U+0000': '\u0000',
    'another C0 control (ESC)': 'a\u001b[31m',
    'a bell': '\u0007',
    DEL: 'a\u007f',
    'a C1 control (NEL)': 'a\u0085',
    'a lone high surrogate': 'a\ud83d',
    'a lone low surrogate': '\ude00b',
    'a reversed pair': '\ude00\ud83d',
  };
  const kept = {
    Korean: '김민지',
    'an emoji (a surrogate pair)': '좋아요 😀',
    'line breaks and a tab': '첫 줄\r\n둘째 줄\n\t들여쓰기',
    'the empty string': '',
    'U+FFFD and other non-ASCII': '\ufffd é 中 ﹏',
  };

  for (const [what, value] of Object.entries(refused)) {
    it(`refuses ${what}`, () => {
      expect(isStorableText(value)).toBe(false);
      expect(text().safeParse(value).success).toBe(false);
    });
  }
  for (const [what, value] of Object.entries(kept)) {
    it(`keeps ${what}`, () => {
      expect(isStorableText(value)).toBe(true);
      expect(text().parse(value)).toBe(value);
    });
  }

  it('keeps the rule through chained checks and transforms', () => {
    const title = text().trim().min(1).max(10);
    expect(title.parse('  제목 ')).toBe('제목');
    expect(title.safeParse('제\u0000목').success).toBe(false);
    expect(title.safeParse(' \u0000 ').success).toBe(false);
    const nickname = text().transform((s) => s.trim());
    expect(nickname.safeParse('민지\u0000').success).toBe(false);
  });

  it('holds for e-mail addresses and uuids too', () => {
    expect(email().safeParse('a@moim.test').success).toBe(true);
    expect(email().safeParse('a\u0000@moim.test').success).toBe(false);
    const id = crypto.randomUUID();
    expect(uuid().safeParse(id).success).toBe(true);
    expect(uuid().safeParse(`${id}\u0000`).success).toBe(false);
  });
});

/** Every string schema reachable from `root`, with where it sits, found through zod's own definitions. */
function stringSchemas(root: unknown, rootName: string): { path: string; schema: z.ZodType }[] {
  const found: { path: string; schema: z.ZodType }[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, path: string): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (value instanceof z.ZodType) {
      const def = value._zod.def as unknown as Record<string, unknown>;
      if (def.type === 'string') found.push({ path, schema: value });
      for (const [key, inner] of Object.entries(def)) {
        // Checks are rules, not schemas: nothing inside them is parsed as a value.
        if (key !== 'checks') visit(inner, `${path}.${key}`);
      }
      return;
    }
    for (const [key, inner] of Object.entries(value)) visit(inner, `${path}.${key}`);
  };
  visit(root, rootName);
  return found;
}

const carriesTheRule = (schema: z.ZodType) =>
  ((schema._zod.def as { checks?: unknown[] }).checks ?? []).includes(storableText);

describe('every string schema of the wire carries the rule', () => {
  const roots: [string, unknown][] = [
    ...Object.entries(protocolSchemas).map(([name, s]): [string, unknown] => [`protocol.${name}`, s]),
    ...Object.entries(programSchemas).map(([name, s]): [string, unknown] => [`program.${name}`, s]),
    ...Object.entries(contentSchemas).map(([name, s]): [string, unknown] => [`content.${name}`, s]),
    ...Object.values(activityModules).flatMap((m): [string, unknown][] => [
      [`${m.type}.config`, m.configSchema],
      // Answer schemas are built from a config: the default one reaches every string they hold.
      [`${m.type}.answer`, (m.answerSchema as (c: unknown) => z.ZodType)(m.defaultConfig())],
    ]),
  ];
  const strings = roots.flatMap(([name, root]) => stringSchemas(root, name));

  it('finds the strings it is meant to check (the walk reaches into nested schemas)', () => {
    const paths = strings.map((s) => s.path).join('\n');
    for (const expected of [
      'protocol.participantJoinSchema',
      'protocol.answerSubmitSchema',
      'protocol.loginBodySchema',
      'program.programRegisterSchema',
      'program.createProgramBodySchema',
      'poll-single.config',
      'poll-multi.answer',
      'open-text.answer',
      'word-cloud.answer',
      'scale.config',
    ])
      expect(paths).toContain(expected);
    expect(strings.length).toBeGreaterThan(50);
  });

  it('has no string schema without it', () => {
    expect(strings.filter((s) => !carriesTheRule(s.schema)).map((s) => s.path)).toEqual([]);
  });

  it('would notice one that was forgotten', () => {
    const forgotten = z.object({ ok: text(), bare: z.string() });
    expect(
      stringSchemas(forgotten, 'x')
        .filter((s) => !carriesTheRule(s.schema))
        .map((s) => s.path),
    ).toEqual(['x.shape.bare']);
  });
});

/**
 * A lint: outside `shared/protocol/text.ts`, no code makes a string schema itself (`z.string()`,
 * `z.email()`, `z.coerce.string()`, `z.url()`, …), so a future one cannot skip the rule. Only zod
 * builders that take no free text, and zod's types, may be used directly.
 */
describe('string schemas are made only by text()', () => {
  const ALLOWED_BUILDERS = new Set([
    'object',
    'strictObject',
    'array',
    'tuple',
    'number',
    'int',
    'boolean',
    'literal',
    'enum',
    'union',
    'discriminatedUnion',
    'intersection',
    // Its keys are a schema too: a string key can only be made with text(), which this test enforces.
    'record',
    'unknown',
    'null',
    'refine',
    'check',
    'prettifyError',
    // type positions: z.infer<…>, z.input<…>, z.output<…>, z.core.$ZodIssue
    'infer',
    'input',
    'output',
    'core',
  ]);
  const HELPER = join('shared', 'protocol', 'text.ts');
  const root = process.cwd();

  function sourceFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
      return /\.tsx?$/.test(entry.name) ? [path] : [];
    });
  }

  it('finds no other builder of strings in shared/, server/ or client/src/', () => {
    const offences: string[] = [];
    for (const file of ['shared', 'server', join('client', 'src')].flatMap((d) =>
      sourceFiles(join(root, d)),
    )) {
      const name = relative(root, file);
      if (name === HELPER) continue;
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\bz\s*\.\s*([A-Za-z_$][\w$]*)/g)) {
        const member = match[1]!;
        // Zod's classes (ZodType, ZodObject) are types, never builders.
        if (/^Zod/.test(member) || ALLOWED_BUILDERS.has(member)) continue;
        const line = source.slice(0, match.index).split('\n').length;
        offences.push(`${name}:${line} z.${member}`);
      }
    }
    expect(offences).toEqual([]);
  });
});
