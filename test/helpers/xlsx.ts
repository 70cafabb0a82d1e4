import { Writable } from 'node:stream';
import { strFromU8, unzipSync } from 'fflate';
import { writeXlsx, type WriteXlsxOptions, type XlsxSheet } from '../../server/export/xlsx.js';

/**
 * A workbook written into memory; the tests' files are small. On this thread unless asked: the book is
 * the same in the worker, whose transport xlsx-worker.test.ts checks, and starting one costs ~0.3 s.
 */
export async function writeToBuffer(
  sheets: Iterable<XlsxSheet> | AsyncIterable<XlsxSheet>,
  options: WriteXlsxOptions = { worker: false },
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await writeXlsx(sheets, out, options);
  return Buffer.concat(chunks);
}

/** Every part of the package as text, by path. */
export function xlsxParts(file: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(file)).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

/** The attributes of each `<xf>` in styles.xml's `cellXfs`, in index order (what a cell's `s` points at). */
export function cellFormats(stylesXml: string): Record<string, string>[] {
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  return [...cellXfs.matchAll(/<xf\b([^>]*?)\/?>/g)].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  );
}

/** Each cell of a sheet's XML by reference: its style index and, for inline strings, its raw `<t>` text. */
export function sheetCells(sheetXml: string): Map<string, { s: number; t: string | null; raw: string }> {
  const cells = new Map<string, { s: number; t: string | null; raw: string }>();
  for (const m of sheetXml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>([\s\S]*?)<\/c>/g)) {
    const s = /\bs="(\d+)"/.exec(m[2]!);
    const t = /\bt="(\w+)"/.exec(m[2]!);
    const raw = /<t[^>]*>([\s\S]*?)<\/t>/.exec(m[3]!)?.[1] ?? /<v>([\s\S]*?)<\/v>/.exec(m[3]!)?.[1] ?? '';
    cells.set(m[1]!, { s: s ? Number(s[1]) : 0, t: t ? t[1]! : null, raw });
  }
  return cells;
}

/**
 * A `<t>`'s text as the standard reads it, written here independently of the writer: XML entities
 * first (what any XML parser does), then each `_xHHHH_` left to right, as Excel decodes ST_Xstring.
 */
export function decodeXstring(raw: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return raw
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]!)
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
