import { describe, expect, it } from 'vitest';
import type { NextStep, StepKind } from '../../api/home';
import { translator } from '../../i18n';
import { countText, deadlineText, dueText, stepTexts } from './todoTexts';

const tr = translator;

const KINDS: StepKind[] = [
  'answer_measurement',
  'submit_measurement',
  'ask_coordinator_to_submit',
  'ask_extension',
  'fix_overdue_actions',
  'submit_candidacy',
  'apply_label',
  'gather_evidence',
  'collect_survey_answers',
  'make_plan',
  'work_on_plan',
  'wait',
  'done',
];

describe('the next step in words', () => {
  it.each(KINDS.flatMap((kind) => (['nl', 'en'] as const).map((language) => ({ kind, language }))))(
    '$kind ($language) has an action and a reason, without a placeholder left',
    ({ kind, language }) => {
      const step: NextStep = { kind, phase: 'baseline', date: '2026-10-15', count: 3, path: '/' };
      const { action, detail } = stepTexts(tr(language), language, step);
      expect(action).not.toBe('');
      expect(detail).not.toBe('');
      expect(`${action} ${detail}`).not.toMatch(/[{}]/);
    },
  );

  it.each([
    { count: 1, language: 'nl' as const, detail: 'Nog 1 criterium zonder antwoord.' },
    { count: 2, language: 'nl' as const, detail: 'Nog 2 criteria zonder antwoord.' },
    { count: 1, language: 'en' as const, detail: '1 criterion is still unanswered.' },
    { count: 21, language: 'en' as const, detail: '21 criteria are still unanswered.' },
  ])('counts criteria in the right form: $count ($language)', ({ count, language, detail }) => {
    const step: NextStep = { kind: 'answer_measurement', phase: 'baseline', date: '2026-10-15', count, path: '/' };
    expect(stepTexts(tr(language), language, step).detail).toBe(detail);
  });

  it('names the phase in the sentence in lower case', () => {
    const step: NextStep = { kind: 'submit_measurement', phase: 'final', date: '2027-06-11', count: 0, path: '/' };
    expect(stepTexts(tr('nl'), 'nl', step).action).toBe('Dien de eindmeting in');
    expect(stepTexts(tr('en'), 'en', step).action).toBe('Submit the final measurement');
  });
});

describe('days in words', () => {
  it.each([
    { days: 0, nl: 'Nulmeting: sluit vandaag (15 oktober 2026)', en: 'Baseline: closes today (15 October 2026)' },
    { days: 1, nl: 'Nulmeting: nog 1 dag, tot en met 15 oktober 2026', en: 'Baseline: 1 day left, until 15 October 2026' },
    { days: 30, nl: 'Nulmeting: nog 30 dagen, tot en met 15 oktober 2026', en: 'Baseline: 30 days left, until 15 October 2026' },
  ])('a deadline $days days ahead', ({ days, nl, en }) => {
    expect(deadlineText(tr('nl'), 'nl', 'baseline', '2026-10-15', days)).toBe(nl);
    expect(deadlineText(tr('en'), 'en', 'baseline', '2026-10-15', days)).toBe(en);
  });

  it.each([
    { days: 2, text: 'nog 2 dagen' },
    { days: 1, text: 'nog 1 dag' },
    { days: 0, text: 'vandaag' },
    { days: -1, text: '1 dag te laat' },
    { days: -4, text: '4 dagen te laat' },
  ])('a due date $days days ahead', ({ days, text }) => {
    expect(dueText(tr('nl'), days)).toBe(text);
  });

  it('says zero in its own words, other counts in the plural form', () => {
    const t = tr('nl');
    expect(countText(t, 0, 'home.meetingToday', 'home.meeting', { date: '1 mei' })).toBe('Overleg vandaag (1 mei)');
    expect(countText(t, 1, 'home.meetingToday', 'home.meeting', { date: '1 mei' })).toBe('Overleg morgen (1 mei)');
    expect(countText(t, 1200, 'home.meetingToday', 'home.meeting', { date: '1 mei' })).toBe('Overleg over 1.200 dagen (1 mei)');
  });
});
