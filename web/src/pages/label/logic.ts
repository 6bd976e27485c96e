// The label pages' rules that need no rendering: which application is open or decided, whether a
// decision needs an override reason, the proposal in words, the verification code as people type it.
// Pure, so the pages and their tests share them.

import type { AnswerLevel } from '../../api';
import type {
  Application,
  ApplicationCriterion,
  ApplicationRow,
  ApplicationStatus,
  LabelLevel,
  LabelProposal,
  ProgrammeApplications,
} from '../../api/label';
import type { MessageKey, Translate } from '../../i18n';
import type { StatusTone } from '../../components/StatusTag';

export const LABEL_TEXT: Record<LabelLevel, MessageKey> = {
  none: 'label.value.none',
  competent: 'label.value.competent',
  proficient: 'label.value.proficient',
  expert: 'label.value.expert',
};

export const APPLICATION_STATUS_TEXT: Record<ApplicationStatus, MessageKey> = {
  submitted: 'label.status.submitted',
  in_review: 'label.status.in_review',
  decided: 'label.status.decided',
  withdrawn: 'label.status.withdrawn',
};

export const APPLICATION_STATUS_TONE: Record<ApplicationStatus, StatusTone> = {
  submitted: 'waiting',
  in_review: 'active',
  decided: 'done',
  withdrawn: 'neutral',
};

export const OPEN_STATUSES: readonly ApplicationStatus[] = ['submitted', 'in_review'];

/** Same bounds as the server (core/label_decision.h), counted in code points after trimming. */
export const OVERRIDE_REASON_MIN = 10;
export const OVERRIDE_REASON_MAX = 2000;
export const FEEDBACK_MAX = 4000;

export function isOpen(status: ApplicationStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** The application still waiting for a decision (at most one per school and programme). */
export function openApplication<T extends { status: ApplicationStatus }>(applications: T[]): T | null {
  return applications.find((a) => isOpen(a.status)) ?? null;
}

/** The newest decided application (the list is newest first; sorted again to not depend on it). */
export function latestDecided(applications: Application[]): Application | null {
  const decided = applications.filter((a) => a.status === 'decided' && a.decision);
  decided.sort((a, b) => (b.decision!.decidedAt ?? 0) - (a.decision!.decidedAt ?? 0));
  return decided[0] ?? null;
}

/** How many criteria have an accepted level. */
export function reviewedCount(criteria: ApplicationCriterion[]): number {
  return criteria.filter((c) => c.acceptedLevel !== null).length;
}

/** A label different from the rule's proposal must be explained. */
export function needsOverrideReason(label: LabelLevel | '', proposal: LabelProposal | null): boolean {
  return label !== '' && proposal !== null && label !== proposal.label;
}

function codePoints(text: string): number {
  return [...text.trim()].length;
}

export type DecisionProblem = 'label' | 'notReviewed' | 'reasonMissing' | 'reasonShort' | 'reasonLong';

/**
 * What keeps the reviewer's decision from being sent, checked before the server does (which checks
 * again): a label is chosen, every criterion has an accepted level (then there is a proposal), and a
 * label that differs from the proposal has a reason of 10..2000 characters.
 */
export function decisionProblems(
  label: LabelLevel | '',
  reason: string,
  proposal: LabelProposal | null,
  criteria: ApplicationCriterion[],
): DecisionProblem[] {
  const problems: DecisionProblem[] = [];
  if (reviewedCount(criteria) < criteria.length) problems.push('notReviewed');
  if (label === '') problems.push('label');
  if (needsOverrideReason(label, proposal)) {
    const length = codePoints(reason);
    if (length === 0) problems.push('reasonMissing');
    else if (length < OVERRIDE_REASON_MIN) problems.push('reasonShort');
    else if (length > OVERRIDE_REASON_MAX) problems.push('reasonLong');
  }
  return problems;
}

export interface ProposalText {
  /** "The accepted levels give the label Competent." */
  label: string;
  /** "For Proficient, 3 more criteria must reach that level." — null when nothing is short. */
  missing: string | null;
  /** "For Proficient, these criteria hold the school back:" — null without blockers. */
  lead: string | null;
  /** One line per criterion below the next level. */
  blockers: string[];
}

/** The proposal in words, with criterion names where known. */
export function proposalText(
  t: Translate,
  proposal: LabelProposal,
  names: Record<string, string>,
  levelText: Record<AnswerLevel, MessageKey>,
): ProposalText {
  const label = t('label.proposal.gives', { label: t(LABEL_TEXT[proposal.label]) });
  if (!proposal.next) return { label, missing: null, lead: t('label.proposal.top'), blockers: [] };
  const next = t(levelText[proposal.next]);
  const blockers = proposal.below.map((b) => {
    const line = t('label.proposal.blocker', {
      name: names[b.criterionId] ?? b.criterionId,
      level: t(levelText[b.level]),
      count: b.gap,
    });
    return b.tooFar ? `${line} ${t('label.proposal.tooFar', { label: next })}` : line;
  });
  const missing = proposal.missing > 0 ? t('label.proposal.missing', { count: proposal.missing, label: next }) : null;
  return {
    label,
    missing,
    lead: blockers.length > 0 ? t('label.proposal.lead', { label: next }) : null,
    blockers,
  };
}

/**
 * A verification code as people type or paste it: spaces removed, upper case, and from a pasted
 * verification link (`…/verify/{code}`) only the code.
 */
export function normaliseCertificateCode(input: string): string {
  let text = input.trim();
  const link = text.match(/\/verify\/([^/?#\s]+)/);
  if (link?.[1]) {
    try {
      text = decodeURIComponent(link[1]);
    } catch {
      text = link[1];
    }
  }
  return text.replace(/\s+/g, '').toUpperCase();
}

/** The path of the public verification page of a code (for links inside the app). */
export function verifyPath(code: string): string {
  return `/verify/${encodeURIComponent(code)}`;
}

/** The in-app path of a verification link the server made absolute (`{baseUrl}/verify/{code}`). */
export function localVerifyPath(verifyUrl: string): string {
  const match = verifyUrl.match(/\/verify\/([^/?#]+)/);
  return match?.[1] ? `/verify/${match[1]}` : verifyUrl;
}

/** Human-readable file size: "512 B", "1.4 MB". */
export function fileSize(bytes: number | null, language: 'nl' | 'en'): string {
  if (bytes === null || !Number.isFinite(bytes)) return '';
  const locale = language === 'nl' ? 'nl-BE' : 'en-GB';
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/** True when a `YYYY-MM-DD` due day is past `today` (also `YYYY-MM-DD`). */
export function isOverdue(dueOn: string | null, today: string): boolean {
  return dueOn !== null && dueOn < today;
}

/** A file address with `lang=` added (the certificate is made in the UI language). */
export function withLanguage(url: string, language: 'nl' | 'en'): string {
  if (/[?&]lang=/.test(url)) return url;
  return `${url}${url.includes('?') ? '&' : '?'}lang=${language}`;
}

/** The criteria in framework order (`order` = criterion ids); ones the framework does not name go last. */
export function orderCriteria<T extends { criterionId: string }>(criteria: T[], order: string[]): T[] {
  const rank = new Map(order.map((id, index) => [id, index]));
  return criteria
    .map((c, index) => ({ c, index }))
    .sort((a, b) => (rank.get(a.c.criterionId) ?? order.length + a.index) - (rank.get(b.c.criterionId) ?? order.length + b.index))
    .map(({ c }) => c);
}

/** `YYYY-MM-DD` plus `days` calendar days (computed in UTC, so no time zone moves it). */
export function addDays(day: string, days: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days));
  return date.toISOString().slice(0, 10);
}

/** The labels the showcase can be filtered on (schools without a label are never shown). */
export const SHOWCASE_LABELS: readonly LabelLevel[] = ['competent', 'proficient', 'expert'];

/** The value of an application row for the list's `reviewer` filter and counts: the id, or `none`. */
export const reviewerKey = (row: ApplicationRow): string => (row.reviewer ? String(row.reviewer.id) : 'none');

/**
 * The organisers' list after an assignment, without fetching it again: the row is replaced by the answer's,
 * and the counts move as the server would count them now. Status counts are counted with the reviewer
 * filter applied and reviewer counts with the status filter, so each side moves only where the row matched
 * the other filter. The row stays on the page (and in `total`) until the next fetch.
 */
export function afterAssignment(
  list: ProgrammeApplications,
  filters: { status?: string; reviewer?: string },
  changed: ApplicationRow,
): ProgrammeApplications {
  const before = list.applications.find((a) => String(a.id) === String(changed.id));
  if (!before) return list;
  const matches = (filter: string | undefined, value: string) => !filter || filter === value;
  const move = (counts: Record<string, number>, from: string, to: string, wasIn: boolean, isIn: boolean) => {
    const out = { ...counts };
    if (wasIn) out[from] = Math.max(0, (out[from] ?? 0) - 1);
    if (isIn) out[to] = (out[to] ?? 0) + 1;
    return out;
  };
  const status = move(
    list.counts.status,
    before.status,
    changed.status,
    matches(filters.reviewer, reviewerKey(before)),
    matches(filters.reviewer, reviewerKey(changed)),
  ) as Record<ApplicationStatus, number>;
  const reviewer = move(
    list.counts.reviewer,
    reviewerKey(before),
    reviewerKey(changed),
    matches(filters.status, before.status),
    matches(filters.status, changed.status),
  );
  return {
    ...list,
    applications: list.applications.map((a) => (String(a.id) === String(changed.id) ? changed : a)),
    counts: { status, reviewer },
  };
}
