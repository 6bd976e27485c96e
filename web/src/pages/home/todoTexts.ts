// The words of the home's to-dos (GET /api/me/home): the main action of each step and the sentence under it,
// deadlines and day counts. A count next to a word goes through a plural key (`key#one`, `key#other`:
// Intl.PluralRules, web/src/i18n); where zero reads differently ("closes today") it has a key of its own.
// Every key is written out, so the dictionary test finds it in use.

import type { NextStep, StepKind } from '../../api/home';
import type { PhaseKind } from '../../api';
import { formatDay } from '../../components/dates';
import { PHASE_TEXT } from '../../components/enumLabels';
import type { MessageKey, Params, PluralKey, Translate } from '../../i18n';
import type { Language } from '../../api';

/** A count in words: `zero`'s own sentence at 0 ("closes today"), else the plural key's form for `count`. */
export function countText(t: Translate, count: number, zero: MessageKey, plural: PluralKey, params: Params = {}): string {
  return count === 0 ? t(zero, params) : t(plural, { ...params, count });
}

/** A phase's name as it stands alone (a heading, the start of a sentence). */
export function phaseName(t: Translate, kind: PhaseKind | null): string {
  return kind && PHASE_TEXT[kind] ? t(PHASE_TEXT[kind]) : '';
}

/** A phase's name inside a sentence ("Vul de nulmeting in"). */
export function phaseInSentence(t: Translate, kind: PhaseKind | null, language: Language): string {
  return phaseName(t, kind).toLocaleLowerCase(language === 'nl' ? 'nl-BE' : 'en-GB');
}

const ACTION: Record<StepKind, MessageKey> = {
  answer_measurement: 'home.step.answer_measurement',
  submit_measurement: 'home.step.submit_measurement',
  ask_coordinator_to_submit: 'home.step.ask_coordinator_to_submit',
  ask_extension: 'home.step.ask_extension',
  fix_overdue_actions: 'home.step.fix_overdue_actions',
  submit_candidacy: 'home.step.submit_candidacy',
  apply_label: 'home.step.apply_label',
  gather_evidence: 'home.step.gather_evidence',
  collect_survey_answers: 'home.step.collect_survey_answers',
  make_plan: 'home.step.make_plan',
  work_on_plan: 'home.step.work_on_plan',
  wait: 'home.step.wait',
  done: 'home.step.wait',
};

/** The main action's link text and the sentence that says why. */
export function stepTexts(t: Translate, language: Language, step: NextStep): { action: string; detail: string } {
  const phase = phaseInSentence(t, step.phase, language);
  const date = step.date ? formatDay(step.date, language) : '';
  const params = { phase, date, count: step.count };
  const action = t(ACTION[step.kind] ?? 'home.step.wait', params);
  const detail = (() => {
    switch (step.kind) {
      case 'answer_measurement':
        return t('home.step.answer_measurementDetail', params);
      case 'submit_measurement':
        return t('home.step.submit_measurementDetail');
      case 'ask_coordinator_to_submit':
        return t('home.step.ask_coordinator_to_submitDetail');
      case 'ask_extension':
        return t('home.step.ask_extensionDetail', params);
      case 'fix_overdue_actions':
        return t('home.step.fix_overdue_actionsDetail', params);
      case 'submit_candidacy':
        return t('home.step.submit_candidacyDetail', params);
      case 'apply_label':
        return t('home.step.apply_labelDetail', params);
      case 'gather_evidence':
        return t('home.step.gather_evidenceDetail', params);
      case 'collect_survey_answers':
        return t('home.step.collect_survey_answersDetail', params);
      case 'make_plan':
        return t('home.step.make_planDetail');
      case 'work_on_plan':
        return t('home.step.work_on_planDetail', { progress: step.count });
      case 'wait':
        return t('home.step.waitDetail', {
          ...params,
          phase: phaseName(t, step.phase),
        });
      default:
        return t('home.step.doneDetail');
    }
  })();
  return { action, detail };
}

/** "Nulmeting: nog 30 dagen, tot en met 15 oktober 2026" (or "sluit vandaag"). */
export function deadlineText(t: Translate, language: Language, kind: PhaseKind, closesOn: string, daysLeft: number): string {
  return countText(t, daysLeft, 'home.deadlineToday', 'home.deadline', {
    phase: phaseName(t, kind),
    date: formatDay(closesOn, language),
    count: daysLeft,
  });
}

/** Days left until a due date, or days past it: the plan's wording ("nog 3 dagen", "2 dagen te laat"). */
export function dueText(t: Translate, daysLeft: number): string {
  if (daysLeft === 0) return t('plan.due.today');
  if (daysLeft > 0) return t('plan.due.in', { count: daysLeft });
  return t('plan.due.late', { count: -daysLeft });
}
