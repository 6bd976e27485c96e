// Whether a survey group has enough responses for its answers to appear in the results. The server
// enforces the rule (fewer than 5 responses: no aggregate anywhere); this only explains it.

import { SURVEY_THRESHOLD } from '../../api/surveys';
import type { Translate } from '../../i18n';

/** How many responses a group still needs before results are shown (0 when it has enough). */
export function responsesMissing(responses: number, threshold = SURVEY_THRESHOLD): number {
  return Math.max(0, threshold - Math.max(0, Math.floor(responses)));
}

/** "Nog 2 antwoorden nodig voor resultaten" / "Resultaten worden getoond" */
export function thresholdMessage(t: Translate, responses: number): string {
  const missing = responsesMissing(responses);
  if (missing === 0) return t('surveys.threshold.reached');
  return t('surveys.threshold.missing', { count: missing });
}
