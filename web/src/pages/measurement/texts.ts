// The UI labels of the self-assessment's enumerations, and small helpers shared by its pages.

import type { AnswerLevel, MeasurementKind, MeasurementStatus, SurveyGroup } from '../../api';
import type { MessageKey } from '../../i18n';

export const KIND_TEXT: Record<MeasurementKind, MessageKey> = {
  baseline: 'measurement.kind.baseline',
  final: 'measurement.kind.final',
};

export const STATUS_TEXT: Record<MeasurementStatus, MessageKey> = {
  not_started: 'measurement.status.not_started',
  open: 'measurement.status.open',
  submitted: 'measurement.status.submitted',
};

export const ANSWER_LEVEL_TEXT: Record<AnswerLevel, MessageKey> = {
  not_yet: 'level.not_yet',
  competent: 'level.competent',
  proficient: 'level.proficient',
  expert: 'level.expert',
};

export const GROUP_TEXT: Record<SurveyGroup, MessageKey> = {
  leaders: 'results.group.leaders',
  teachers: 'results.group.teachers',
  students: 'results.group.students',
  mentor: 'results.group.mentor',
};

export function isMeasurementKind(value: string | null | undefined): value is MeasurementKind {
  return value === 'baseline' || value === 'final';
}

/** Today's calendar day in Brussels, `YYYY-MM-DD` (the phases are Brussels days). */
export function brusselsToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Brussels',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Where a school's pages live. */
export function schoolPath(programmeId: string | number, organisationId: string | number): string {
  return `/programmes/${encodeURIComponent(String(programmeId))}/schools/${encodeURIComponent(String(organisationId))}`;
}
