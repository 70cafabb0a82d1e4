import { useT } from '../../../common/i18n.js';

/** The top of every print: center, program, what the sheet is, and the line under it. */
export function SheetHeader({
  centerName,
  programTitle,
  title,
  detail,
}: {
  centerName: string;
  programTitle: string;
  title: string;
  detail: string;
}) {
  const t = useT();
  return (
    <header className="print-header">
      <p className="print-center">{centerName}</p>
      <h1 id="print-title">{title}</h1>
      <p>
        {t('print.program')}: <strong>{programTitle}</strong>
      </p>
      <p>{detail}</p>
    </header>
  );
}
