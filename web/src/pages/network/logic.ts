// What the session and working-group pages compute: upcoming/past split, what a user may do with a
// session, the session form's checks, and the members a proposal turns into.
import type { Id, ProposedGroup, Session, SessionInput, SessionType } from '../../api/network';

/** Brussels local "YYYY-MM-DDTHH:MM" of a moment: the same form the server uses for sessions. */
export function brusselsNow(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Brussels',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/**
 * Upcoming sessions (not yet ended), soonest first, and past ones, most recent first. Local times in the
 * same zone and fixed form compare as strings.
 */
export function splitSessions<T extends Pick<Session, 'startsAt' | 'endsAt'>>(sessions: T[], now: string) {
  const upcoming = sessions.filter((s) => s.endsAt > now).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = sessions.filter((s) => s.endsAt <= now).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return { upcoming, past };
}

export type SessionAction = 'register' | 'join_waitlist' | 'cancel' | 'leave_waitlist' | 'none';

/** The registration button a user gets: none for cancelled or started sessions and for organisers. */
export function sessionAction(session: Session, now: string): SessionAction {
  if (session.status === 'cancelled' || session.startsAt <= now) return 'none';
  if (session.myStatus === 'registered') return 'cancel';
  if (session.myStatus === 'waitlisted') return 'leave_waitlist';
  if (!session.canRegister) return 'none';
  return session.registered >= session.capacity ? 'join_waitlist' : 'register';
}

/** Places left (never negative). */
export function placesLeft(session: Pick<Session, 'capacity' | 'registered'>): number {
  return Math.max(0, session.capacity - session.registered);
}

/** Attendance can be marked once the session has started. */
export function attendanceOpen(session: Pick<Session, 'startsAt'>, now: string): boolean {
  return session.startsAt <= now;
}

export interface SessionForm {
  type: SessionType;
  title: string;
  description: string;
  date: string;
  startTime: string;
  endTime: string;
  hostSchoolId: string;
  venueName: string;
  address: string;
  capacity: string;
  workingGroupId: string;
}

export const EMPTY_SESSION_FORM: SessionForm = {
  type: 'inspiration',
  title: '',
  description: '',
  date: '',
  startTime: '',
  endTime: '',
  hostSchoolId: '',
  venueName: '',
  address: '',
  capacity: '20',
  workingGroupId: '',
};

export function sessionToForm(session: Session): SessionForm {
  return {
    type: session.type,
    title: session.title,
    description: session.description,
    date: session.startsAt.slice(0, 10),
    startTime: session.startsAt.slice(11, 16),
    endTime: session.endsAt.slice(11, 16),
    hostSchoolId: session.hostSchool ? String(session.hostSchool.id) : '',
    venueName: session.venueName,
    address: session.address,
    capacity: String(session.capacity),
    workingGroupId: session.audience.workingGroupId === null ? '' : String(session.audience.workingGroupId),
  };
}

export type SessionFormProblem = 'title' | 'date' | 'startTime' | 'endTime' | 'capacity';

/** The checks the browser can make before sending (the server checks again, per field). */
export function checkSessionForm(form: SessionForm): SessionFormProblem[] {
  const problems: SessionFormProblem[] = [];
  if (form.title.trim() === '') problems.push('title');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date)) problems.push('date');
  if (!/^\d{2}:\d{2}$/.test(form.startTime)) problems.push('startTime');
  if (!/^\d{2}:\d{2}$/.test(form.endTime) || (/^\d{2}:\d{2}$/.test(form.startTime) && form.endTime <= form.startTime))
    problems.push('endTime');
  const capacity = Number(form.capacity);
  if (!Number.isInteger(capacity) || capacity < 1) problems.push('capacity');
  return problems;
}

export function formToInput(form: SessionForm): SessionInput {
  return {
    type: form.type,
    title: form.title.trim(),
    description: form.description.trim(),
    startsAt: `${form.date}T${form.startTime}`,
    endsAt: `${form.date}T${form.endTime}`,
    hostSchoolId: form.hostSchoolId === '' ? null : Number(form.hostSchoolId),
    venueName: form.venueName.trim(),
    address: form.address.trim(),
    capacity: Number(form.capacity),
    audience:
      form.workingGroupId === ''
        ? { kind: 'programme', workingGroupId: null }
        : { kind: 'working_group', workingGroupId: Number(form.workingGroupId) },
  };
}

/** A set of ids with one id added or removed (ids compared as text: the server may send numbers). */
export function toggleId(ids: Id[], id: Id, on: boolean): Id[] {
  const rest = ids.filter((x) => String(x) !== String(id));
  return on ? [...rest, id] : rest;
}

/** A file size for people: "512 B", "12 kB", "3,4 MB". */
export function formatSize(bytes: number, language: 'nl' | 'en'): string {
  const number = (n: number, digits: number) =>
    new Intl.NumberFormat(language === 'nl' ? 'nl-BE' : 'en-GB', { maximumFractionDigits: digits }).format(n);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${number(Math.round(bytes / 1024), 0)} kB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}

/** "12 maart 2027, 14:00–16:30" from the session's Brussels local start and end. */
export function sessionWhen(startsAt: string, endsAt: string, formatDay: (day: string) => string): string {
  const day = formatDay(startsAt.slice(0, 10));
  const sameDay = startsAt.slice(0, 10) === endsAt.slice(0, 10);
  const end = sameDay ? endsAt.slice(11, 16) : `${formatDay(endsAt.slice(0, 10))} ${endsAt.slice(11, 16)}`;
  return `${day}, ${startsAt.slice(11, 16)}–${end}`;
}

/** A proposed group the organiser can still change before creating it. */
export interface DraftGroup {
  title: string;
  criterionIds: string[];
  schools: { id: Id; name: string; chosen: boolean }[];
  companies: { id: Id; name: string; chosen: boolean }[];
  /** Set once the group was created from this draft. */
  createdId: Id | null;
}

export function draftsFromProposal(proposal: ProposedGroup[]): DraftGroup[] {
  return proposal.map((p) => ({
    title: p.title,
    criterionIds: [...p.criterionIds],
    schools: p.schools.map((s) => ({ ...s, chosen: true })),
    companies: p.companies.map((c) => ({ ...c, chosen: true })),
    createdId: null,
  }));
}

export function draftToInput(draft: DraftGroup, description: string) {
  return {
    title: draft.title.trim(),
    description,
    criterionIds: draft.criterionIds,
    schoolIds: draft.schools.filter((s) => s.chosen).map((s) => s.id),
    companyIds: draft.companies.filter((c) => c.chosen).map((c) => c.id),
  };
}

/** Organisations (schools or companies) that may still be added to a group: those of the programme that are not members yet. */
export function addableSchools<T extends { id: Id }>(schools: T[], members: { organisationId: Id }[]): T[] {
  const taken = new Set(members.map((m) => String(m.organisationId)));
  return schools.filter((s) => !taken.has(String(s.id)));
}

/** The text key of what is wrong with a working group's title (1..200 characters after trimming), or null. */
export function checkGroupTitle(title: string): 'workingGroups.titleRequired' | 'workingGroups.titleTooLong' | null {
  const trimmed = title.trim();
  if (trimmed === '') return 'workingGroups.titleRequired';
  if ([...trimmed].length > 200) return 'workingGroups.titleTooLong';
  return null;
}
