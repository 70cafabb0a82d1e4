import {
  filterRange,
  LITERAL_ESCAPE,
  MAIN_NS,
  PKG_REL_NS,
  REL_NS,
  UNWRITABLE,
  XML_HEAD,
  xmlText,
} from './xlsx-xml.js';

/**
 * The parts of the XLSX package around the sheets: sheet names as Excel accepts them, the content types,
 * relationships, the workbook with its defined names, and the styles.
 */

/** Excel's reserved sheet name; it refuses a workbook that uses it. */
const RESERVED_NAMES = ['history'];
const SHEET_NAME_MAX = 31;

/**
 * Sheet names Excel accepts: without `[ ] : * ? / \`, controls or unwritable characters, not starting
 * or ending with `'`, at most 31 UTF-16 units (a surrogate pair is never split), never empty, and
 * unique regardless of case (Excel compares them so): a repeat becomes "이름 (2)". The reserved "History"
 * is taken from the start.
 */
export class SheetNames {
  private readonly used = new Set<string>(RESERVED_NAMES);

  name(raw: string): string {
    const cleaned = raw
      .replace(UNWRITABLE, '')
      .replace(/[[\]:*?/\\\p{Cc}]/gu, '')
      // A sheet name is decoded (`_xHHHH_`) in the sheet list but not in the defined names' formulas,
      // so one holding such a sequence could not be written the same in both: it loses the underscore.
      .replace(LITERAL_ESCAPE, '');
    const base = trimApostrophes(cleaned) || 'Sheet';
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : ` (${n})`;
      const name = trimApostrophes(truncate(base, SHEET_NAME_MAX - suffix.length)) + suffix;
      if (!this.used.has(name.toLowerCase())) {
        this.used.add(name.toLowerCase());
        return name;
      }
    }
  }
}

function trimApostrophes(s: string): string {
  return s.replace(/^'+|'+$/g, '').trim();
}

function truncate(s: string, units: number): string {
  if (s.length <= units) return s;
  const cut = s.slice(0, units);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** A sheet as the package parts list it: its final name, column count and rows including the header. */
export interface WrittenSheet {
  name: string;
  columnCount: number;
  rowCount: number;
}

export const sheetPath = (i: number) => `xl/worksheets/sheet${i + 1}.xml`;

/**
 * The package parts other than the sheets. They list every sheet, so the writer adds them after the
 * last one: the sheets arrive as a stream and their count is known only then (a ZIP's order of entries
 * does not matter to a reader, which goes by the central directory).
 */
export function packageParts(sheets: readonly WrittenSheet[]): [path: string, xml: string][] {
  const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  const types =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/>` +
    sheets
      .map((_, i) => `<Override PartName="/${sheetPath(i)}" ContentType="${ct}.worksheet+xml"/>`)
      .join('') +
    '</Types>';
  const rels =
    `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
    `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const bookRels =
    `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
    sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('') +
    `<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;
  return [
    ['[Content_Types].xml', types],
    ['_rels/.rels', rels],
    ['xl/workbook.xml', workbookXml(sheets)],
    ['xl/_rels/workbook.xml.rels', bookRels],
    ['xl/styles.xml', STYLES_XML],
  ];
}

/**
 * The sheet list, and per sheet the names Excel itself writes: the filter's range (`_FilterDatabase`)
 * and the header repeated on every printed page (`Print_Titles`).
 */
function workbookXml(sheets: readonly WrittenSheet[]): string {
  const quoted = (name: string) => `'${xmlText(name.replaceAll("'", "''"))}'`;
  const names = sheets.flatMap((s, i) => {
    const range = filterRange(s.columnCount, s.rowCount);
    if (!range) return [];
    return [
      `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${quoted(s.name)}!${range}</definedName>`,
      `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${quoted(s.name)}!$1:$1</definedName>`,
    ];
  });
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews><sheets>' +
    sheets
      .map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('') +
    '</sheets>' +
    (names.length ? `<definedNames>${names.join('')}</definedNames>` : '') +
    '</workbook>'
  );
}

/**
 * 맑은 고딕 11 (Excel's Korean default, charset 129 = Hangul), bold for the header, the cell styles in
 * STYLE's order, and the `Normal` cell style: without one openpyxl warns "Workbook contains no default
 * style". The date format is ISO (`yyyy-mm-dd`) rather than the locale's, so every reader shows the same.
 */
const font = (bold: boolean) =>
  `<font>${bold ? '<b/>' : ''}<sz val="11"/><name val="맑은 고딕"/><family val="3"/><charset val="129"/></font>`;
/** One cell format: font 1 is the bold one, number format 164 the ISO date. */
const xf = ({ bold = false, date = false, quoted = false, wrap = false }) =>
  `<xf numFmtId="${date ? 164 : 0}" fontId="${bold ? 1 : 0}" fillId="0" borderId="0" xfId="0"` +
  (bold ? ' applyFont="1"' : '') +
  (date ? ' applyNumberFormat="1"' : '') +
  (wrap ? ' applyAlignment="1"' : '') +
  (quoted ? ' quotePrefix="1"' : '') +
  (wrap ? '><alignment vertical="top" wrapText="1"/></xf>' : '/>');
const STYLES_XML =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>' +
  `<fonts count="2">${font(false)}${font(true)}</fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="7">' +
  // In STYLE's order.
  xf({}) +
  xf({ bold: true }) +
  xf({ quoted: true }) +
  xf({ date: true }) +
  xf({ bold: true, quoted: true }) +
  xf({ wrap: true }) +
  xf({ wrap: true, quoted: true }) +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';
