// The words for the award's states, shared by the organiser's, the school's and the jury's pages.

import type { CandidacyResult, CandidacyStatus, RoundStatus } from '../../api/award';
import type { MessageKey } from '../../i18n';

export const ROUND_STATUS_TEXT: Record<RoundStatus, MessageKey> = {
  open: 'award.status.open',
  closed: 'award.status.closed',
  announced: 'award.status.announced',
};

export const CANDIDACY_STATUS_TEXT: Record<CandidacyStatus, MessageKey> = {
  submitted: 'award.candidacyStatus.submitted',
  withdrawn: 'award.candidacyStatus.withdrawn',
};

export const RESULT_TEXT: Record<CandidacyResult, MessageKey> = {
  won: 'award.result.won',
  not_won: 'award.result.not_won',
};

export function juryCandidatePath(programmeId: string | number, candidacyId: string | number): string {
  return `/jury/programmes/${encodeURIComponent(String(programmeId))}/candidates/${encodeURIComponent(String(candidacyId))}`;
}
