// The UI labels of the survey enumerations.

import type { SurveyGroup, SurveyStatus } from '../../api/surveys';
import type { MessageKey } from '../../i18n';
import type { StatusTone } from '../../components/StatusTag';

export const SURVEY_GROUP_TEXT: Record<SurveyGroup, MessageKey> = {
  leaders: 'surveys.group.leaders',
  teachers: 'surveys.group.teachers',
  students: 'surveys.group.students',
  mentor: 'surveys.group.mentor',
};

/** The group in a sentence about the respondent ("for teachers"). */
export const RESPOND_GROUP_TEXT: Record<SurveyGroup, MessageKey> = {
  leaders: 'respond.group.leaders',
  teachers: 'respond.group.teachers',
  students: 'respond.group.students',
  mentor: 'respond.group.mentor',
};

export const SURVEY_STATUS_TEXT: Record<SurveyStatus, MessageKey> = {
  open: 'surveys.status.open',
  closed: 'surveys.status.closed',
};

export const SURVEY_STATUS_TONE: Record<SurveyStatus, StatusTone> = {
  open: 'done',
  closed: 'neutral',
};
