import { useState } from 'react';
import type { ClientError } from '../../common/errors.js';
import { ErrorText } from '../../common/ErrorText.js';
import { useT } from '../../common/i18n.js';
import { refused } from '../actions.js';
import { downloadFile } from '../download.js';

type Format = 'xlsx' | 'csv';
const FORMATS: Format[] = ['xlsx', 'csv'];

/**
 * "출석부 XLSX" and "출석부 CSV": one dataset's downloads, each fetched and saved under the server's file
 * name; a refusal (another download of the center running, a lost login) is shown translated below.
 */
export function ExportButtons({
  dataset,
  path,
  testId,
  onDone,
}: {
  dataset: 'roster' | 'instruments' | 'outcomes' | 'satisfaction' | 'summary';
  path: (format: Format) => string;
  testId?: string;
  /** After a file was saved (the log page reloads its list). */
  onDone?: () => void;
}) {
  const t = useT();
  const [busy, setBusy] = useState<Format | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const label = t(`exports.dataset.${dataset}`);
  const run = async (format: Format) => {
    setBusy(format);
    setError(null);
    const failed = await downloadFile(path(format));
    setBusy(null);
    if (failed) setError(refused({ ok: false, error: failed }));
    else onDone?.();
  };
  return (
    <div
      className="export-buttons"
      role="group"
      aria-label={t('exports.group', { label })}
      data-testid={testId}
    >
      {FORMATS.map((format) => {
        const name = format.toUpperCase();
        return (
          <button
            key={format}
            type="button"
            disabled={busy !== null}
            aria-label={t('exports.buttonLabel', { label, format: name })}
            onClick={() => void run(format)}
          >
            {busy === format ? t('exports.downloading') : t('exports.button', { label, format: name })}
          </button>
        );
      })}
      {error && <ErrorText error={error} />}
    </div>
  );
}
