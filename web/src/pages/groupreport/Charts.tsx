import type { AnswerLevel } from '../../api/types';
import { LEVELS } from '../../api/network';
import { useI18n } from '../../i18n';
import { ANSWER_LEVEL_TEXT } from '../measurement/texts';
import { meanWidth, stackSegments } from './logic';

/** Fill colours per level (light to dark): told apart by the legend and the table, not by colour alone. */
export const LEVEL_COLOUR: Record<AnswerLevel, string> = {
  not_yet: '#d9d9d9',
  competent: '#9ecae1',
  proficient: '#3182bd',
  expert: '#08306b',
};

const ROW = 26;
const LABEL_WIDTH = 220;
const BAR_WIDTH = 440;

/**
 * One stacked bar per criterion (schools per level). The SVG is one image with a text alternative;
 * the exact figures are in the table next to it.
 */
export function LevelChart({
  rows,
  titleId,
  title,
}: {
  rows: { id: string; name: string; counts: Record<AnswerLevel, number> }[];
  titleId: string;
  title: string;
}) {
  const { t } = useI18n();
  const height = rows.length * ROW + 8;
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId}>{title}</figcaption>
      <ul className="chart-legend" aria-label={t('groupReport.legend')}>
        {LEVELS.map((level) => (
          <li key={level}>
            <svg width="14" height="14" aria-hidden="true" focusable="false">
              <rect width="14" height="14" fill={LEVEL_COLOUR[level]} stroke="#333" strokeWidth="1" />
            </svg>{' '}
            {t(ANSWER_LEVEL_TEXT[level])}
          </li>
        ))}
      </ul>
      <svg
        className="chart-svg"
        role="img"
        aria-label={t('groupReport.chartAlt', { title })}
        viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 10} ${height}`}
        preserveAspectRatio="xMinYMin meet"
      >
        {rows.map((row, i) => (
          <g key={row.id} transform={`translate(0 ${i * ROW + 4})`}>
            <text x={LABEL_WIDTH - 8} y={ROW / 2 + 4} textAnchor="end" fontSize="12">
              {row.id}
            </text>
            {stackSegments(row.counts).map((segment) => (
              <rect
                key={segment.level}
                x={LABEL_WIDTH + (segment.start / 100) * BAR_WIDTH}
                y={2}
                width={(segment.percent / 100) * BAR_WIDTH}
                height={ROW - 6}
                fill={LEVEL_COLOUR[segment.level]}
                stroke="#fff"
                strokeWidth="1"
              />
            ))}
          </g>
        ))}
      </svg>
    </figure>
  );
}

/** One horizontal bar per key element: the mean level on the 0..3 scale. */
export function MeanChart({
  rows,
  titleId,
  title,
}: {
  rows: { id: string; name: string; mean: number | null; text: string }[];
  titleId: string;
  title: string;
}) {
  const { t } = useI18n();
  const height = rows.length * ROW + 24;
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId}>{title}</figcaption>
      <svg
        className="chart-svg"
        role="img"
        aria-label={t('groupReport.chartAlt', { title })}
        viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 40} ${height}`}
        preserveAspectRatio="xMinYMin meet"
      >
        {[0, 1, 2, 3].map((tick) => (
          <g key={tick}>
            <line x1={LABEL_WIDTH + (tick / 3) * BAR_WIDTH} x2={LABEL_WIDTH + (tick / 3) * BAR_WIDTH} y1={0} y2={height - 18} stroke="#bbb" />
            <text x={LABEL_WIDTH + (tick / 3) * BAR_WIDTH} y={height - 4} textAnchor="middle" fontSize="11">
              {tick}
            </text>
          </g>
        ))}
        {rows.map((row, i) => (
          <g key={row.id} transform={`translate(0 ${i * ROW})`}>
            <text x={LABEL_WIDTH - 8} y={ROW / 2 + 4} textAnchor="end" fontSize="12">
              {row.name.length > 32 ? `${row.name.slice(0, 31)}…` : row.name}
            </text>
            <rect x={LABEL_WIDTH} y={4} width={(meanWidth(row.mean) / 100) * BAR_WIDTH} height={ROW - 8} fill="#3182bd" />
            <text x={LABEL_WIDTH + (meanWidth(row.mean) / 100) * BAR_WIDTH + 4} y={ROW / 2 + 4} fontSize="12">
              {row.text}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
