import fc from 'fast-check';

/**
 * Values a hostile client sends where a value belongs: odd strings (U+0000, lone surrogates, RTL,
 * emoji, NFD, injections, long), numbers JSON can carry at its edges, prototype-pollution objects,
 * deep nesting, big arrays, binary. Seeded through fast-check like everything in the fuzz suites.
 */

/** Objects whose own keys JSON.stringify keeps: `{"__proto__": …}` written as JSON, not as a prototype. */
const pollution = [
  JSON.parse('{"__proto__": {"polluted": "yes"}}') as unknown,
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}') as unknown,
  JSON.parse('{"__proto__": {"toString": "x", "valueOf": 1}, "hasOwnProperty": 2}') as unknown,
];

const nested = (depth: number, wrap: (inner: unknown) => unknown): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
};

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDC00y',
  '\uDBFF\uDFFF',
  '\u202Eevil\u202C',
  'مرحبا بالعالم',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  '\u1112\u1161\u11AB\u1100\u1173\u11AF', // 한글 in NFD (jamo)
  '한글',
  'e\u0301',
  '\u00E9',
  '\uFEFF',
  '\u200B\u200D',
  '\r\n\t\v\f',
  '<script>alert(1)</script>',
  "' or 1=1 --",
  '"; drop table answers; --',
  "=cmd|' /C calc'!A0",
  '../../../etc/passwd',
  '%00',
  '%2e%2e%2f',
  '${7*7}{{7*7}}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e308',
  '0x10',
  '000000',
  '999999',
  '1234567',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
];

const HOSTILE_NUMBERS = [
  0,
  -0, // JSON writes it as 0: the wire cannot carry -0 (nor NaN or Infinity, which become null)
  -1,
  1.5,
  0.1,
  -1e-300,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER - 2,
  2 ** 31,
  2 ** 53,
  999,
  1000,
  3_600_000 * 24,
];

/** Long strings stay below the 64 KB transport cap so they test the 16 KB soft cap, not the disconnect. */
const longString = fc
  .tuple(fc.constantFrom(200, 2_000, 17_000, 30_000), fc.constantFrom('a', '가', '😀', '\u0000', ' '))
  .map(([n, c]) => c.repeat(Math.ceil(n / c.length)));

export const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: longString },
);

export const hostileNumber = fc.oneof(
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

export const scalar = fc.oneof(
  hostileString,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

/** Anything a hostile client could put where a value belongs. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom(...pollution) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(50, 500, 2_000), fc.boolean())
      .map(([depth, arrays]) => nested(depth, arrays ? (x) => [x] : (x) => ({ a: x }))),
  },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 2_000).map((n) => Array.from({ length: n }, (_, i) => i)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)) },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 5 }) },
);
