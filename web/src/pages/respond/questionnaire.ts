// The questionnaire of a code, fetched once per page load as early as the survey page starts: on a slow
// phone connection the words of the page and the questions then come in parallel (src/survey/main.tsx).

import type { Language } from '../../api/types';
import { surveyApi } from '../../api/surveys';
import type { PublicSurvey } from '../../api/surveys';

let early: { code: string; language: Language; answer: Promise<PublicSurvey> } | null = null;

/** Starts `GET /api/public/surveys/{code}` now, for the page that will ask for it in `language`. */
export function prefetchQuestionnaire(code: string, language: Language): void {
  const answer = surveyApi.questionnaire(code);
  answer.catch(() => undefined); // reported when the page takes it
  early = { code, language, answer };
}

/**
 * The questionnaire: the early answer when it was for this code and language (once: each GET hands out a
 * fresh single-use token), else a new request.
 */
export function fetchQuestionnaire(code: string, language: Language): Promise<PublicSurvey> {
  if (early && early.code === code && early.language === language) {
    const { answer } = early;
    early = null;
    return answer;
  }
  early = null;
  return surveyApi.questionnaire(code);
}
