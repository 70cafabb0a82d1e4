import { errorText, type ClientError } from './errors.js';
import { useLang, useT } from './i18n.js';

/** An error next to the thing it is about; role=alert so it is read out when it appears. */
export function ErrorText({ id, error }: { id?: string; error: ClientError | null }) {
  const t = useT();
  const lang = useLang();
  return (
    <p id={id} className="error-text" role="alert">
      {error ? errorText(error, lang, t) : null}
    </p>
  );
}
