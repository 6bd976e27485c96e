// The words of the home's to-dos (GET /api/me/home): the main action of each step and the sentence under it,
// deadlines and day counts. Counts pick a key per form (…Zero / …One / …Many) until the dictionaries get
// plural rules; every key is written out so the dictionary test finds it in use.

import type { NextStep, StepKind } from '../../api/home';
import type { PhaseKind } from '../../api';
import { formatDay } from '../../components/dates';
import { PHASE_TEXT } from '../../components/enumLabels';
import type { MessageKey, Translate } from '../../i18n';
import type { Language } from '../../api';

/** One, many (and zero when it reads differently): the key for `count`. */
export function countKey(count: number, keys: { zero?: MessageKey; one: MessageKey; many: MessageKey }): MessageKey {
  if (count === 0 && keys.zero) return keys.zero;
  return count === 1 ? keys.one : keys.many;
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
        return t(countKey(step.count, { one: 'home.step.answer_measurementOne', many: 'home.step.answer_measurementMany' }), params);
      case 'submit_measurement':
        return t('home.step.submit_measurementDetail');
      case 'ask_coordinator_to_submit':
        return t('home.step.ask_coordinator_to_submitDetail');
      case 'ask_extension':
        return t('home.step.ask_extensionDetail', params);
      case 'fix_overdue_actions':
        return t(countKey(step.count, { one: 'home.step.fix_overdue_actionsOne', many: 'home.step.fix_overdue_actionsMany' }), params);
      case 'submit_candidacy':
        return t('home.step.submit_candidacyDetail', params);
      case 'apply_label':
        return t('home.step.apply_labelDetail', params);
      case 'gather_evidence':
        return t('home.step.gather_evidenceDetail', params);
      case 'collect_survey_answers':
        return t(countKey(step.count, { one: 'home.step.collect_survey_answersOne', many: 'home.step.collect_survey_answersMany' }), params);
      case 'make_plan':
        return t('home.step.make_planDetail');
      case 'work_on_plan':
        return t('home.step.work_on_planDetail', params);
      case 'wait':
        return t(countKey(step.count, { one: 'home.step.waitOne', many: 'home.step.waitMany' }), {
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
  return t(countKey(daysLeft, { zero: 'home.deadlineZero', one: 'home.deadlineOne', many: 'home.deadlineMany' }), {
    phase: phaseName(t, kind),
    date: formatDay(closesOn, language),
    count: daysLeft,
  });
}

/** Days left until a due date, or days past it: the plan's wording ("nog 3 dagen", "2 dagen te laat"). */
export function dueText(t: Translate, daysLeft: number): string {
  if (daysLeft === 0) return t('plan.due.today');
  if (daysLeft > 0) return t(daysLeft === 1 ? 'plan.due.inOne' : 'plan.due.in', { days: daysLeft });
  return t(daysLeft === -1 ? 'plan.due.lateOne' : 'plan.due.late', { days: -daysLeft });
}
