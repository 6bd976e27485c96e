// The one main action of a school's programme card on the home page: the next step, derived from the
// measurements the card loads (`GET …/measurements`). Pure, so the rule is tested row by row.

import type { MeasurementKind, MeasurementSummary } from '../../api';

/** Where a day lies against a measurement's period (the school's own, with its extension). */
export type Window = 'before' | 'during' | 'after' | 'none';

export function windowOf(m: Pick<MeasurementSummary, 'opensOn' | 'closesOn'>, today: string): Window {
  if (!m.opensOn || !m.closesOn) return 'none';
  if (today < m.opensOn) return 'before';
  if (today > m.closesOn) return 'after';
  return 'during';
}

/**
 * continue: a started measurement still to be submitted · start: a measurement whose period is open ·
 * results: the final measurement is in · plan: the baseline is in, work on the action plan ·
 * open: a measurement's page (started and its period over, or the baseline not started and outside
 * its period: the page says what can be done).
 */
export type NextStep =
  | { step: 'continue'; kind: MeasurementKind; answered: number; total: number }
  | { step: 'start'; kind: MeasurementKind }
  | { step: 'results'; kind: MeasurementKind }
  | { step: 'plan' }
  | { step: 'open'; kind: MeasurementKind };

/**
 * The rule, first match wins: the final measurement before the baseline (it comes later in the
 * programme), a started one before one to start, then the results of the final measurement, then the
 * plan once the baseline is submitted. A started measurement whose period has ended is not "continued"
 * (it can no longer be changed) but opened. `null` measurements (not loaded): the baseline's page.
 */
export function nextStep(measurements: MeasurementSummary[] | null, today: string): NextStep {
  const find = (kind: MeasurementKind) => measurements?.find((m) => m.kind === kind) ?? null;
  const baseline = find('baseline');
  const final = find('final');
  for (const m of [final, baseline]) {
    if (m && m.status === 'open' && windowOf(m, today) !== 'after') return { step: 'continue', kind: m.kind, answered: m.answered, total: m.total };
  }
  for (const m of [final, baseline]) {
    if (m && m.status === 'not_started' && windowOf(m, today) === 'during') return { step: 'start', kind: m.kind };
  }
  // Started, not submitted, and its period is over: its page (which says so) rather than a later step.
  for (const m of [final, baseline]) {
    if (m && m.status === 'open') return { step: 'open', kind: m.kind };
  }
  if (final?.status === 'submitted') return { step: 'results', kind: 'final' };
  if (baseline?.status === 'submitted') return { step: 'plan' };
  return { step: 'open', kind: 'baseline' };
}
