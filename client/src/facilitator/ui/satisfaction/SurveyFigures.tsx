import { instrumentVersion } from '../../../../../shared/content/index.js';
import type { SatisfactionItemView, SatisfactionView } from '../../../../../shared/satisfaction/view.js';
import { useLang, useT } from '../../../common/i18n.js';
import { DistributionChart } from '../charts/DistributionChart.js';
import type { DistributionRow } from '../charts/distribution.js';
import { cellText, meanText, pointLabel, sdText } from './satisfaction-format.js';

/** The item's place in the instrument ("3."), as the phone and the paper form number it. */
function numbering(survey: SatisfactionView): (itemId: string, fallback: number) => number {
  const items = instrumentVersion(survey.instrumentId, survey.instrumentVersion)?.items ?? [];
  return (itemId, fallback) => {
    const i = items.findIndex((item) => item.id === itemId);
    return i >= 0 ? i + 1 : fallback;
  };
}

/** "평균 4.25 (n = 4) · 표준편차 0.50". */
function MeanLine({ label, sd }: { label: string; sd: string | null }) {
  return (
    <p className="survey-mean">
      {label}
      {sd && <span className="survey-sd"> · {sd}</span>}
    </p>
  );
}

function ItemResult({
  survey,
  item,
  number,
}: {
  survey: SatisfactionView;
  item: SatisfactionItemView;
  number: number;
}) {
  const t = useT();
  const lang = useLang();
  const id = `survey-${survey.waveId}-${item.itemId}`;
  const title = `${number}. ${item.text[lang]}`;
  const mean = meanText(item.mean, lang, t);
  const total = 'value' in item.mean ? item.mean.n : 0;
  const rows: DistributionRow[] =
    'cells' in item.distribution
      ? item.distribution.cells.map((cell) => ({
          key: cell.key,
          label: pointLabel(survey.scale, cell.key, lang),
          count: 'count' in cell ? cell.count : null,
          text: cellText(cell, t),
        }))
      : [];
  return (
    <li className="survey-item" data-testid="survey-item" data-item={item.itemId}>
      <h5 id={`${id}-title`}>{title}</h5>
      <MeanLine label={t('satisfaction.mean', { mean })} sd={sdText(item.sd, lang, t)} />
      {'withheld' in item.distribution ? (
        <p className="survey-withheld">{t('satisfaction.withheld', { n: survey.threshold })}</p>
      ) : (
        <DistributionChart
          id={id}
          caption={t('satisfaction.distribution', { n: total })}
          titleId={`${id}-title`}
          name={`${title} ${t('satisfaction.distribution', { n: total })}`}
          rows={rows}
          total={total}
          words={{
            asTable: t('satisfaction.asTable'),
            point: t('satisfaction.scalePoint'),
            count: t('satisfaction.answers'),
          }}
        />
      )}
    </li>
  );
}

/** The released figures of one survey: the overall mean, each rating item, then the free text. */
export function SurveyFigures({ survey }: { survey: SatisfactionView }) {
  const t = useT();
  const lang = useLang();
  const numberOf = numbering(survey);
  const overall = meanText(survey.overall.mean, lang, t);
  const shown = 'count' in survey.respondents && survey.respondents.count >= survey.threshold;
  return (
    <div className="survey-figures" data-testid="survey-figures">
      <MeanLine
        label={t('satisfaction.overall', { mean: overall })}
        sd={sdText(survey.overall.sd, lang, t)}
      />
      <h4>{t('satisfaction.itemsTitle')}</h4>
      <ol className="survey-items">
        {survey.items.map((item, i) => (
          <ItemResult key={item.itemId} survey={survey} item={item} number={numberOf(item.itemId, i + 1)} />
        ))}
      </ol>
      <h4>{t('satisfaction.commentsTitle')}</h4>
      {!shown ? (
        <p className="hint">{t('satisfaction.commentsHidden', { n: survey.threshold })}</p>
      ) : (
        survey.comments.map((c, i) => (
          <section key={c.itemId} className="survey-comments" data-testid="survey-comments">
            <h5>
              {numberOf(c.itemId, survey.items.length + i + 1)}. {c.text[lang]}
            </h5>
            {c.answers.length === 0 ? (
              <p className="hint">{t('satisfaction.commentsNone')}</p>
            ) : (
              <ul className="survey-comment-list">
                {c.answers.map((answer, j) => (
                  <li key={j}>{answer}</li>
                ))}
              </ul>
            )}
          </section>
        ))
      )}
    </div>
  );
}
