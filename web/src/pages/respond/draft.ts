// The answers given so far, kept in this tab only (sessionStorage), so a phone that reloads the page
// after switching apps does not lose them. Gone when the tab closes or the response is sent.

import type { SurveyAnswers } from '../../api/surveys';
import { parseScore } from './answers';

const key = (code: string) => `sk_survey_${code}`;

export function loadDraft(code: string): SurveyAnswers {
  try {
    const raw = window.sessionStorage.getItem(key(code));
    if (!raw) return {};
    const parsed: unknown = JSON.parse(raw);
    const answers: SurveyAnswers = {};
    if (parsed && typeof parsed === 'object') {
      for (const [criterion, value] of Object.entries(parsed as Record<string, unknown>)) {
        const score = value === null ? null : parseScore(String(value));
        if (score !== undefined) answers[criterion] = score;
      }
    }
    return answers;
  } catch {
    return {};
  }
}

export function saveDraft(code: string, answers: SurveyAnswers | null): void {
  try {
    if (answers === null) window.sessionStorage.removeItem(key(code));
    else window.sessionStorage.setItem(key(code), JSON.stringify(answers));
  } catch {
    // storage disabled: the answers last as long as the page
  }
}
