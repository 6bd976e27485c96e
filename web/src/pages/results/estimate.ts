// The label estimate in words: which label the school reaches today, and which criteria hold the
// next one back (by how many levels). Pure: the results page and its tests use the same sentences.

import type { LabelEstimate } from '../../api';
import type { Translate } from '../../i18n';
import { ANSWER_LEVEL_TEXT } from '../measurement/texts';

export interface EstimateText {
  /** "Jullie school haalt vandaag het label Competent." */
  reached: string;
  /** "Voor Proficient houden deze criteria jullie tegen:" — null when there is no higher label. */
  lead: string | null;
  /** One line per criterion below the next label, in framework order. */
  blockers: string[];
  /** How many more criteria must reach the next label, when the count is what is short. */
  missing: string | null;
}

export function estimateText(t: Translate, label: LabelEstimate, names: Record<string, string>): EstimateText {
  const reached =
    label.label === 'none'
      ? t('results.estimate.none')
      : t('results.estimate.reached', { label: t(ANSWER_LEVEL_TEXT[label.label]) });
  if (!label.next) {
    return { reached, lead: t('results.estimate.top'), blockers: [], missing: null };
  }
  const next = t(ANSWER_LEVEL_TEXT[label.next]);
  const blockers = label.blockers.map((b) => {
    const gap = t('results.estimate.gap', { count: b.gap });
    const line = t('results.estimate.blocker', {
      name: names[b.criterionId] ?? b.criterionId,
      level: t(ANSWER_LEVEL_TEXT[b.level]),
      gap,
    });
    return b.tooFar ? `${line} ${t('results.estimate.tooFar', { label: next })}` : line;
  });
  const counts = { count: label.missing, label: next, have: label.atOrAboveNext, needed: label.needed };
  const missing = label.missing > 0 ? t('results.estimate.missing', counts) : null;
  return {
    reached,
    lead: blockers.length > 0 ? t('results.estimate.lead', { label: next }) : null,
    blockers,
    missing,
  };
}
