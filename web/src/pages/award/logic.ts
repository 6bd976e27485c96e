// The award pages' rules that need no rendering: the bounds the server checks (to say what is wrong
// before sending), the rubric editor's resizing when the scale changes, the candidacy window, a juror's
// scoring progress and weighted total, and the raw and normalised rankings side by side with ties.
// Pure, so the pages and their tests share them.

/** Same bounds as the server (docs/api.md "## Award"), counted in code points after trimming. */
export const CRITERIA_MIN = 3;
export const CRITERIA_MAX = 6;
export const CRITERION_NAME_MAX = 200;
export const WEIGHT_MIN = 1;
export const WEIGHT_MAX = 100;
export const DESCRIPTOR_MAX = 500;
export const PITCH_MIN = 50;
export const PITCH_MAX = 5000;
export const TEAM_MAX = 20;
export const TEAM_NAME_MAX = 200;
export const COMMENT_MAX = 2000;
export const REASON_MIN = 10;
export const REASON_MAX = 1000;
export const WINNERS_MAX = 3;

export type Scale = 5 | 10;

export function length(text: string): number {
  return [...text.trim()].length;
}

/** The scores 1..scale, for the radio groups and the descriptor inputs. */
export function scores(scale: Scale): number[] {
  return Array.from({ length: scale }, (_, i) => i + 1);
}

// ---- Rubric editor ----

export interface CriterionDraft {
  /** Stable key for React while editing (the server's id, or a new local one). */
  key: string;
  name: string;
  weight: string;
  descriptors: string[];
}

/** Keeps the descriptors the user wrote when the scale changes: cut at `scale`, or padded with ''. */
export function resizeDescriptors(descriptors: string[], scale: Scale): string[] {
  return scores(scale).map((_, i) => descriptors[i] ?? '');
}

export type RubricProblem =
  | { field: 'count' }
  | { field: 'name' | 'nameLong' | 'weight'; index: number }
  | { field: 'descriptor' | 'descriptorLong'; index: number; score: number };

/** What is wrong with the rubric before it is sent (the server says the same, field by field). */
export function rubricProblems(criteria: CriterionDraft[], scale: Scale): RubricProblem[] {
  const problems: RubricProblem[] = [];
  if (criteria.length < CRITERIA_MIN || criteria.length > CRITERIA_MAX) problems.push({ field: 'count' });
  criteria.forEach((c, index) => {
    if (length(c.name) === 0) problems.push({ field: 'name', index });
    else if (length(c.name) > CRITERION_NAME_MAX) problems.push({ field: 'nameLong', index });
    const weight = Number(c.weight);
    if (!/^\d+$/.test(c.weight.trim()) || weight < WEIGHT_MIN || weight > WEIGHT_MAX) problems.push({ field: 'weight', index });
    resizeDescriptors(c.descriptors, scale).forEach((d, i) => {
      if (length(d) === 0) problems.push({ field: 'descriptor', index, score: i + 1 });
      else if (length(d) > DESCRIPTOR_MAX) problems.push({ field: 'descriptorLong', index, score: i + 1 });
    });
  });
  return problems;
}

/** Each criterion's share of the total weight, in whole percent (for the editor's hint). */
export function weightShares(weights: number[]): number[] {
  const total = weights.reduce((sum, w) => sum + (Number.isFinite(w) && w > 0 ? w : 0), 0);
  return weights.map((w) => (total > 0 && Number.isFinite(w) && w > 0 ? Math.round((100 * w) / total) : 0));
}

// ---- Round ----

export type RoundStatus = 'open' | 'closed' | 'announced';

/** Candidacies are accepted while today (Brussels) is in [opensOn, closesOn] and the round is open. */
export function candidacyWindow(
  round: { opensOn: string; closesOn: string; status: RoundStatus } | null,
  today: string,
): 'none' | 'notYet' | 'open' | 'closed' {
  if (!round) return 'none';
  if (round.status !== 'open' || today > round.closesOn) return 'closed';
  if (today < round.opensOn) return 'notYet';
  return 'open';
}

export function datesProblem(opensOn: string, closesOn: string): 'opensOn' | 'closesOn' | 'order' | null {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (!day.test(opensOn)) return 'opensOn';
  if (!day.test(closesOn)) return 'closesOn';
  if (closesOn < opensOn) return 'order';
  return null;
}

// ---- Candidacy ----

/** The team as typed in the text area, one name a line: trimmed, empty lines dropped. */
export function teamNames(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export type CandidacyProblem = 'pitchShort' | 'pitchLong' | 'videoUrl' | 'teamEmpty' | 'teamLong' | 'teamNameLong';

export function candidacyProblems(input: { pitch: string; videoUrl: string; team: string }): CandidacyProblem[] {
  const problems: CandidacyProblem[] = [];
  const pitch = length(input.pitch);
  if (pitch < PITCH_MIN) problems.push('pitchShort');
  else if (pitch > PITCH_MAX) problems.push('pitchLong');
  if (input.videoUrl.trim() !== '' && !isHttpUrl(input.videoUrl)) problems.push('videoUrl');
  const team = teamNames(input.team);
  if (team.length === 0) problems.push('teamEmpty');
  else if (team.length > TEAM_MAX) problems.push('teamLong');
  else if (team.some((name) => length(name) > TEAM_NAME_MAX)) problems.push('teamNameLong');
  return problems;
}

// ---- Scoring ----

export interface ScoreDraft {
  score: number | null;
  comment: string;
}

/** How many criteria have a score. */
export function scoredCount(criteria: { id: string | number }[], drafts: Record<string, ScoreDraft>): number {
  return criteria.filter((c) => drafts[String(c.id)]?.score != null).length;
}

/**
 * Σ weight·score / Σ weight on the scale, over the criteria scored so far (the server's raw total
 * for one juror once all are scored); null when none is scored.
 */
export function weightedTotal(
  criteria: { id: string | number; weight: number }[],
  drafts: Record<string, ScoreDraft>,
): number | null {
  let sum = 0;
  let weights = 0;
  for (const c of criteria) {
    const score = drafts[String(c.id)]?.score;
    if (score == null) continue;
    sum += c.weight * score;
    weights += c.weight;
  }
  return weights > 0 ? sum / weights : null;
}

export type ScoreProblem = { criterionId: string; problem: 'score' | 'commentLong' };

/** Every criterion needs a score (1..scale); comments are optional but bounded. */
export function scoreProblems(
  criteria: { id: string | number }[],
  drafts: Record<string, ScoreDraft>,
  scale: Scale,
): ScoreProblem[] {
  const problems: ScoreProblem[] = [];
  for (const c of criteria) {
    const id = String(c.id);
    const draft = drafts[id];
    if (!draft || draft.score == null || draft.score < 1 || draft.score > scale) problems.push({ criterionId: id, problem: 'score' });
    if (draft && length(draft.comment) > COMMENT_MAX) problems.push({ criterionId: id, problem: 'commentLong' });
  }
  return problems;
}

// ---- Progress and results ----

export interface Cell {
  jurorId: string | number;
  candidacyId: string | number;
  scored: number;
  of: number;
  recused: boolean;
  automatic: boolean;
}

export type CellState = 'recused' | 'done' | 'partial' | 'none';

export function cellState(cell: Cell | undefined): CellState {
  if (!cell) return 'none';
  if (cell.recused) return 'recused';
  if (cell.of > 0 && cell.scored >= cell.of) return 'done';
  return cell.scored > 0 ? 'partial' : 'none';
}

/** Per juror: how many candidates they scored completely, out of those they are not recused from. */
export function jurorTotals(cells: Cell[], jurorId: string | number): { done: number; of: number } {
  const mine = cells.filter((c) => String(c.jurorId) === String(jurorId) && !c.recused);
  return { done: mine.filter((c) => cellState(c) === 'done').length, of: mine.length };
}

export interface Ranked {
  candidacyId: string | number;
  schoolName: string;
  score: number | null;
  rank: number | null;
}

export interface SideBySide<R extends Ranked = Ranked> {
  candidacyId: string | number;
  schoolName: string;
  raw: R | null;
  normalised: R | null;
  /** Another candidate has the same rank in that ranking. */
  rawTie: boolean;
  normalisedTie: boolean;
  /** Normalised rank minus raw rank (negative: normalising moved it up). */
  shift: number | null;
  flagged: boolean;
}

function tied(list: Ranked[], row: Ranked | null): boolean {
  if (!row || row.rank == null) return false;
  return list.filter((r) => r.rank === row.rank).length > 1;
}

/**
 * The raw and normalised rankings in one table, ordered by the normalised rank (unranked last, then by
 * name), so the organiser sees where normalising changed the order and which ranks are shared.
 */
export function sideBySide<R extends Ranked>(raw: R[], normalised: R[], flagged: (string | number)[]): SideBySide<R>[] {
  const ids = new Map<string, string>();
  for (const r of [...normalised, ...raw]) if (!ids.has(String(r.candidacyId))) ids.set(String(r.candidacyId), r.schoolName);
  const flags = new Set(flagged.map(String));
  const rows = [...ids.entries()].map(([id, schoolName]) => {
    const r = raw.find((x) => String(x.candidacyId) === id) ?? null;
    const n = normalised.find((x) => String(x.candidacyId) === id) ?? null;
    return {
      candidacyId: r?.candidacyId ?? n!.candidacyId,
      schoolName,
      raw: r,
      normalised: n,
      rawTie: tied(raw, r),
      normalisedTie: tied(normalised, n),
      shift: r?.rank != null && n?.rank != null ? n.rank - r.rank : null,
      flagged: flags.has(id),
    };
  });
  const rank = (row: SideBySide<R>) => row.normalised?.rank ?? row.raw?.rank ?? Number.POSITIVE_INFINITY;
  rows.sort((a, b) => rank(a) - rank(b) || (a.raw?.rank ?? Infinity) - (b.raw?.rank ?? Infinity) || a.schoolName.localeCompare(b.schoolName));
  return rows;
}

/** A score as the tables show it: two decimals, a comma in Dutch. */
export function formatScore(score: number | null | undefined, language: 'nl' | 'en'): string {
  if (score == null || !Number.isFinite(score)) return '–';
  return new Intl.NumberFormat(language === 'nl' ? 'nl-BE' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(score);
}

/** The winners picked by the organiser: 1..3 distinct candidacies. */
export function winnersProblem(winners: (string | number)[]): 'none' | 'tooMany' | null {
  const distinct = new Set(winners.map(String));
  if (distinct.size === 0) return 'none';
  if (distinct.size > WINNERS_MAX) return 'tooMany';
  return null;
}
