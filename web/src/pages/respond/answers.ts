// The respondent's answers: what is still open, and how far they are.

import type { PublicSurvey, SurveyAnswers, SurveyScore, SurveyStatement } from '../../api/surveys';

/** The statements without an answer yet ("don't know" is an answer), in questionnaire order. */
export function unanswered(statements: SurveyStatement[], answers: SurveyAnswers): SurveyStatement[] {
  return statements.filter((s) => !Object.prototype.hasOwnProperty.call(answers, s.criterionId));
}

export function isComplete(statements: SurveyStatement[], answers: SurveyAnswers): boolean {
  return unanswered(statements, answers).length === 0;
}

export function answeredCount(statements: SurveyStatement[], answers: SurveyAnswers): number {
  return statements.length - unanswered(statements, answers).length;
}

/** The body to send: one entry per statement of this questionnaire, nothing else. */
export function answersToSend(statements: SurveyStatement[], answers: SurveyAnswers): SurveyAnswers {
  const out: SurveyAnswers = {};
  for (const s of statements) {
    const score = answers[s.criterionId];
    if (score !== undefined) out[s.criterionId] = score;
  }
  return out;
}

/** A radio's value ("1".."5", or "dontknow") as a score. */
export function parseScore(value: string): SurveyScore | undefined {
  if (value === 'dontknow') return null;
  const n = Number(value);
  return n === 1 || n === 2 || n === 3 || n === 4 || n === 5 ? n : undefined;
}

export interface StatementGroup {
  elementId: string;
  statements: SurveyStatement[];
}

/** Statements grouped by key element, in the order the elements first appear. */
export function groupByElement(statements: SurveyStatement[]): StatementGroup[] {
  const groups: StatementGroup[] = [];
  for (const s of statements) {
    let group = groups.find((g) => g.elementId === s.elementId);
    if (!group) {
      group = { elementId: s.elementId, statements: [] };
      groups.push(group);
    }
    group.statements.push(s);
  }
  return groups;
}

/** A statement cut at a word for the error summary, which may list many of them. */
export function shorten(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * Where a respondent starts on a phone (one statement per screen): the first statement without an answer,
 * or, when the draft has them all, the last step (`statements.length`: check and send).
 */
export function firstOpenStep(statements: SurveyStatement[], answers: SurveyAnswers): number {
  const index = statements.findIndex((s) => !Object.prototype.hasOwnProperty.call(answers, s.criterionId));
  return index === -1 ? statements.length : index;
}

/** The key element names the server sends with the questionnaire (`elements`), by element id. */
export function elementNames(survey: Pick<PublicSurvey, 'elements'>): Record<string, string> {
  const names: Record<string, string> = {};
  for (const element of survey.elements ?? []) {
    if (element.elementId && element.name) names[element.elementId] = element.name;
  }
  return names;
}
