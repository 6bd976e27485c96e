// What the group report page computes from the server's figures: chart geometry, "where you stand".
import type { AnswerLevel } from '../../api/types';
import { LEVELS } from '../../api/network';

export const levelIndex = (level: AnswerLevel): number => LEVELS.indexOf(level);

export interface Segment {
  level: AnswerLevel;
  count: number;
  /** Share of the bar, 0..100, and where it starts. */
  percent: number;
  start: number;
}

/** The stacked bar of one criterion: one segment per level with at least one school, in level order. */
export function stackSegments(counts: Record<AnswerLevel, number>): Segment[] {
  const total = LEVELS.reduce((sum, level) => sum + (counts[level] ?? 0), 0);
  if (total === 0) return [];
  let start = 0;
  const segments: Segment[] = [];
  for (const level of LEVELS) {
    const count = counts[level] ?? 0;
    if (count === 0) continue;
    const percent = (count / total) * 100;
    segments.push({ level, count, percent, start });
    start += percent;
  }
  return segments;
}

export type Standing = 'above' | 'at' | 'below';

/** The school's level against the cohort median; null when either is unknown. */
export function standing(own: AnswerLevel | null, median: AnswerLevel | null): Standing | null {
  if (!own || !median) return null;
  const diff = levelIndex(own) - levelIndex(median);
  return diff > 0 ? 'above' : diff < 0 ? 'below' : 'at';
}

/** How many criteria the school is above, at and below the median. */
export function standingTally(rows: { ownLevel: AnswerLevel | null; median: AnswerLevel | null }[]) {
  const tally = { above: 0, at: 0, below: 0 };
  for (const row of rows) {
    const s = standing(row.ownLevel, row.median);
    if (s) tally[s] += 1;
  }
  return tally;
}

/** A mean level (0..3) with one decimal in the page's language ("1,5" in Dutch). */
export function formatMean(mean: number | null, language: 'nl' | 'en'): string {
  if (mean === null || !Number.isFinite(mean)) return '–';
  return new Intl.NumberFormat(language === 'nl' ? 'nl-BE' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(mean);
}

/** A change in levels with its sign ("+0,5", "−0,3", "0,0"). */
export function formatChange(change: number | null, language: 'nl' | 'en'): string {
  if (change === null || !Number.isFinite(change)) return '–';
  const text = formatMean(Math.abs(change), language);
  if (Math.round(change * 10) === 0) return text;
  return change > 0 ? `+${text}` : `−${text}`;
}

/** The width (0..100 %) of an element mean bar on the 0..3 scale. */
export function meanWidth(mean: number | null): number {
  if (mean === null || !Number.isFinite(mean)) return 0;
  return Math.max(0, Math.min(100, (mean / 3) * 100));
}
