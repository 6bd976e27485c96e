// The UI labels of the API's enumerations (docs/api.md, "Programmes and onboarding").

import type {
  Audience,
  CompanySize,
  HeardFrom,
  Network,
  PhaseKind,
  PhaseStatus,
  Province,
  RegistrationStatus,
  SchoolLevel,
  TeamFunction,
} from '../api';
import type { MessageKey, Translate } from '../i18n';
import type { StatusTone } from './StatusTag';

export const AUDIENCE_TEXT: Record<Audience, MessageKey> = {
  primary: 'audience.primary',
  secondary: 'audience.secondary',
};

export const PHASE_TEXT: Record<PhaseKind, MessageKey> = {
  baseline: 'phase.baseline',
  action_plan: 'phase.action_plan',
  learning_network: 'phase.learning_network',
  label: 'phase.label',
  final: 'phase.final',
  award: 'phase.award',
};

export const PROVINCE_TEXT: Record<Province, MessageKey> = {
  antwerpen: 'province.antwerpen',
  limburg: 'province.limburg',
  'oost-vlaanderen': 'province.oost-vlaanderen',
  'vlaams-brabant': 'province.vlaams-brabant',
  'west-vlaanderen': 'province.west-vlaanderen',
  brussel: 'province.brussel',
};

export const NETWORK_TEXT: Record<Network, MessageKey> = {
  go: 'network.go',
  ovsg: 'network.ovsg',
  pov: 'network.pov',
  kov: 'network.kov',
  other: 'network.other',
};

export const LEVEL_TEXT: Record<SchoolLevel, MessageKey> = {
  primary: 'schoolLevel.primary',
  secondary: 'schoolLevel.secondary',
};

export const HEARD_FROM_TEXT: Record<HeardFrom, MessageKey> = {
  newsletter: 'heardFrom.newsletter',
  website: 'heardFrom.website',
  social_media: 'heardFrom.social_media',
  colleague: 'heardFrom.colleague',
  event: 'heardFrom.event',
  organiser: 'heardFrom.organiser',
  other: 'heardFrom.other',
};

export const COMPANY_SIZE_TEXT: Record<CompanySize, MessageKey> = {
  '1-9': 'companySize.1-9',
  '10-49': 'companySize.10-49',
  '50-249': 'companySize.50-249',
  '250+': 'companySize.250+',
};

export const TEAM_FUNCTION_TEXT: Record<TeamFunction, MessageKey> = {
  leader: 'teamFunction.leader',
  teacher: 'teamFunction.teacher',
  support: 'teamFunction.support',
};

export const REGISTRATION_STATUS_TEXT: Record<RegistrationStatus, MessageKey> = {
  pending: 'registrationStatus.pending',
  accepted: 'registrationStatus.accepted',
  refused: 'registrationStatus.refused',
};

export const REGISTRATION_STATUS_TONE: Record<RegistrationStatus, StatusTone> = {
  pending: 'waiting',
  accepted: 'done',
  refused: 'problem',
};

export const PHASE_STATUS_TEXT: Record<PhaseStatus, MessageKey> = {
  not_started: 'phaseStatus.not_started',
  in_progress: 'phaseStatus.in_progress',
  submitted: 'phaseStatus.submitted',
  overdue: 'phaseStatus.overdue',
};

/** The label of an enumeration value; an unknown value (a newer server) is shown as it is. */
export function label<T extends string>(t: Translate, texts: Record<T, MessageKey>, value: string): string {
  const key = (texts as Record<string, MessageKey | undefined>)[value];
  return key ? t(key) : value;
}

/** `{value, label}` pairs for a select, in the API's order. */
export function options<T extends string>(
  t: Translate,
  values: readonly T[],
  texts: Record<T, MessageKey>,
): { value: T; label: string }[] {
  return values.map((value) => ({ value, label: t(texts[value]) }));
}
