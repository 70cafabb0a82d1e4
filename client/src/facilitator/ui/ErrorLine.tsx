import { errorText, type ClientError } from '../../common/errors.js';
import { useLang, useT } from '../../common/i18n.js';

export function ErrorLine({ error }: { error: ClientError | null }) {
  const t = useT();
  const lang = useLang();
  return (
    <p className="error-text" role="alert">
      {error ? errorText(error, lang, t) : null}
    </p>
  );
}
