// The award (docs/api.md, "## Award"): one round per programme, a weighted rubric, candidacies of schools
// with a submitted final measurement, a jury that scores them, and the raw and normalised rankings.
// Kept apart from types.ts/index.ts (import from 'api/award').

import { query, request } from './client';
import type { Language } from './types';

type Id = string | number;

const seg = (value: Id) => encodeURIComponent(String(value));

export type RoundStatus = 'open' | 'closed' | 'announced';
export type Scale = 5 | 10;

export interface AwardCriterion {
  id: Id;
  position: number;
  name: string;
  weight: number;
  /** One text per score, 1..scale. */
  descriptors: string[];
}

export interface Round {
  programmeId: Id;
  opensOn: string;
  closesOn: string;
  scale: Scale;
  status: RoundStatus;
  /** Status open and today (Brussels) within the dates. */
  acceptingCandidacies: boolean;
  /** Some juror has scored: the rubric and the scale can no longer change. */
  rubricLocked: boolean;
  criteria: AwardCriterion[];
  winners: Id[];
  createdAt: number;
  updatedAt: number;
}

/**
 * A juror, or an invited one who has not accepted yet (`invitationPending`): then only the address the
 * organiser typed, with the invitation to revoke through its organisation (`api.revokeInvitation`).
 */
export interface Juror {
  /** null while the invitation is pending. */
  userId: Id | null;
  name: string | null;
  email: string;
  companyId: Id | null;
  companyName: string | null;
  /** Set while the invitation is pending. */
  invitationId?: Id | null;
  organisationId?: Id | null;
  invitationPending: boolean;
  /** Candidacies this juror scored completely. */
  scored: number;
}

export type CandidacyStatus = 'submitted' | 'withdrawn';
export type CandidacyResult = 'won' | 'not_won';

export interface OrganiserCandidacy {
  id: Id;
  organisationId: Id;
  schoolName: string;
  status: CandidacyStatus;
  submittedAt: number;
}

export interface JurorCandidate {
  id: Id;
  organisationId: Id;
  schoolName: string;
  submittedAt: number;
  recused: boolean;
  automatic: boolean;
  scored: number;
  of: number;
}

export interface SchoolAward {
  organisationId: Id;
  organisationName: string;
  finalSubmitted: boolean;
  canEdit: boolean;
  candidacy: { id: Id; status: CandidacyStatus; submittedAt: number; result: CandidacyResult | null } | null;
}

interface ViewBase {
  round: Round | null;
}

export type AwardView =
  | (ViewBase & { role: 'organiser'; jurors: Juror[]; candidacies: OrganiserCandidacy[] })
  | (ViewBase & { role: 'juror'; candidates: JurorCandidate[] })
  | (ViewBase & { role: 'school'; schools: SchoolAward[] });

export interface RoundInput {
  opensOn: string;
  closesOn: string;
  scale: Scale;
}

export interface CriterionInput {
  name: string;
  weight: number;
  descriptors: string[];
}

export interface CandidacyEvidence {
  id: Id;
  title: string;
  kind: 'file' | 'link';
  url: string | null;
  downloadUrl: string | null;
}

export interface Candidacy {
  id: Id;
  programmeId: Id;
  organisationId: Id;
  schoolName: string;
  pitch: string;
  videoUrl: string | null;
  team: string[];
  evidenceIds: Id[];
  evidence: CandidacyEvidence[];
  submittedAt: number;
  updatedAt: number;
  status: CandidacyStatus;
  result: CandidacyResult | null;
  canEdit: boolean;
}

export interface CandidacyInput {
  pitch: string;
  videoUrl: string | null;
  team: string[];
  evidenceIds: Id[];
}

export interface JuryRound {
  programmeId: Id;
  programmeName: string;
  opensOn: string;
  closesOn: string;
  status: RoundStatus;
  scale: Scale;
  candidates: number;
  scored: number;
  recused: number;
}

export interface MyScore {
  criterionId: Id;
  score: number;
  comment: string;
  updatedAt: number;
}

export interface JurorScore {
  jurorId: Id;
  jurorName: string;
  criterionId: Id;
  score: number;
  comment: string;
  recused: boolean;
}

export interface Judging {
  round: Round;
  candidacy: {
    id: Id;
    organisationId: Id;
    schoolName: string;
    pitch: string;
    videoUrl: string | null;
    team: string[];
    evidence: CandidacyEvidence[];
    submittedAt: number;
    status: CandidacyStatus;
  };
  myScores: MyScore[];
  recused: boolean;
  canScore: boolean;
  /** Null while the round is open. */
  allScores: JurorScore[] | null;
}

export interface ScoreInput {
  criterionId: Id;
  score: number;
  comment: string;
}

export interface Recusal {
  candidacyId: Id;
  jurorId: Id;
  reason: string;
  automatic: boolean;
  createdAt: number;
}

export interface ProgressCell {
  jurorId: Id;
  candidacyId: Id;
  scored: number;
  of: number;
  recused: boolean;
  automatic: boolean;
}

export interface AwardProgress {
  jurors: { userId: Id; name: string }[];
  candidates: { candidacyId: Id; schoolName: string }[];
  cells: ProgressCell[];
  flagged: Id[];
}

export interface RankRow {
  candidacyId: Id;
  schoolName: string;
  score: number | null;
  rank: number | null;
  /** Complete, non-recused jurors. */
  jurors: number;
  winner: boolean;
}

export interface AwardResults {
  status: RoundStatus;
  scale: Scale;
  criteria: AwardCriterion[];
  raw: RankRow[];
  normalised: RankRow[];
  flagged: Id[];
  perCriterion: { candidacyId: Id; criterionId: Id; mean: number | null }[];
  jurorTotals: { candidacyId: Id; jurorId: Id; jurorName: string; raw: number; normalised: number }[];
  winners: Id[];
}

const award = (programmeId: Id) => `/api/programmes/${seg(programmeId)}/award`;
const candidate = (programmeId: Id, candidacyId: Id) => `${award(programmeId)}/candidates/${seg(candidacyId)}`;
const candidacy = (programmeId: Id, organisationId: Id) =>
  `/api/programmes/${seg(programmeId)}/schools/${seg(organisationId)}/candidacy`;

export const awardApi = {
  /** `GET /api/programmes/{id}/award` — the shape depends on the caller's role. */
  view: (programmeId: Id) => request<AwardView>('GET', award(programmeId)),
  /** `PUT /api/programmes/{id}/award` — creates or updates the round. */
  saveRound: (programmeId: Id, input: RoundInput) => request<Round>('PUT', award(programmeId), input),
  /** `PUT /api/programmes/{id}/award/rubric` */
  saveRubric: (programmeId: Id, criteria: CriterionInput[]) => request<Round>('PUT', `${award(programmeId)}/rubric`, { criteria }),
  /** `POST /api/programmes/{id}/award/jurors` → 201, the pending juror (the same whether the address has an account). */
  inviteJuror: (programmeId: Id, input: { email: string; name: string; language?: Language }) =>
    request<Juror>('POST', `${award(programmeId)}/jurors`, input),
  /** `DELETE /api/programmes/{id}/award/jurors/{userId}` → 204 */
  removeJuror: (programmeId: Id, userId: Id) => request<void>('DELETE', `${award(programmeId)}/jurors/${seg(userId)}`),

  /** `GET …/schools/{orgId}/candidacy` — 404 when the school has none. */
  candidacy: (programmeId: Id, organisationId: Id) => request<Candidacy>('GET', candidacy(programmeId, organisationId)),
  /** `PUT …/schools/{orgId}/candidacy` — 201 created, 200 updated or submitted again. */
  saveCandidacy: (programmeId: Id, organisationId: Id, input: CandidacyInput) =>
    request<Candidacy>('PUT', candidacy(programmeId, organisationId), input),
  /** `DELETE …/schools/{orgId}/candidacy` → 204 (withdrawn, kept). */
  withdrawCandidacy: (programmeId: Id, organisationId: Id) => request<void>('DELETE', candidacy(programmeId, organisationId)),

  /** `GET /api/awards/jury` */
  juryRounds: () => request<{ rounds: JuryRound[] }>('GET', '/api/awards/jury'),
  /** `GET …/award/candidates/{candidacyId}` */
  judging: (programmeId: Id, candidacyId: Id) => request<Judging>('GET', candidate(programmeId, candidacyId)),
  /** `PUT …/award/candidates/{candidacyId}/scores` */
  saveScores: (programmeId: Id, candidacyId: Id, scores: ScoreInput[]) =>
    request<{ scores: MyScore[] }>('PUT', `${candidate(programmeId, candidacyId)}/scores`, { scores }),
  /** `POST …/award/candidates/{candidacyId}/recusal` → 201 */
  recuse: (programmeId: Id, candidacyId: Id, reason: string) =>
    request<Recusal>('POST', `${candidate(programmeId, candidacyId)}/recusal`, { reason }),

  /** `GET …/award/progress` */
  progress: (programmeId: Id) => request<AwardProgress>('GET', `${award(programmeId)}/progress`),
  /** `POST …/award/close` */
  close: (programmeId: Id) => request<Round>('POST', `${award(programmeId)}/close`, {}),
  /** `GET …/award/results` — 409 `round_open` before the close. */
  results: (programmeId: Id) => request<AwardResults>('GET', `${award(programmeId)}/results`),
  /** `POST …/award/announce` */
  announce: (programmeId: Id, winners: Id[]) => request<Round>('POST', `${award(programmeId)}/announce`, { winners }),
  /** The export links (plain downloads). */
  exportUrl: (programmeId: Id, format: 'pdf' | 'xlsx', language: Language) =>
    `${award(programmeId)}/results.${format}${query({ lang: language })}`,
};
