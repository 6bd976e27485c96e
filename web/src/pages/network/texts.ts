import type { SessionType } from '../../api/network';
import type { MessageKey } from '../../i18n';

export const SESSION_TYPE_TEXT: Record<SessionType, MessageKey> = {
  inspiration: 'sessions.type.inspiration',
  growth: 'sessions.type.growth',
  focus_group: 'sessions.type.focus_group',
  exchange: 'sessions.type.exchange',
  working_group_meeting: 'sessions.type.working_group_meeting',
  other: 'sessions.type.other',
};

export const PARTICIPANT_STATUS_TEXT: Record<'registered' | 'waitlisted' | 'cancelled', MessageKey> = {
  registered: 'sessions.status.registered',
  waitlisted: 'sessions.status.waitlisted',
  cancelled: 'sessions.status.cancelled',
};

export const GROUP_STATUS_TEXT: Record<'open' | 'closed', MessageKey> = {
  open: 'workingGroups.status.open',
  closed: 'workingGroups.status.closed',
};

export const MEMBER_KIND_TEXT: Record<'school' | 'company', MessageKey> = {
  school: 'workingGroups.kind.school',
  company: 'workingGroups.kind.company',
};
