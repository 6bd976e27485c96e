// The meeting log's form rules (checked before the server checks again) and the order of meetings.
// Pure, table-tested.

import type { Meeting, MeetingInput } from '../../api/mentoring';
import type { Id } from '../../api/plan';
import { length } from '../plan/logic';

export const ATTENDEES_MAX = 1000;
export const NOTES_MAX = 8000;
export const FOLLOW_UP_MAX = 500;
export const FOLLOW_UPS_MAX = 50;

export interface MeetingForm {
  heldOn: string;
  attendees: string;
  notes: string;
  /** Existing follow-ups keep their id; `key` tells the rows apart while editing. */
  followUps: { id?: Id; key: string; text: string }[];
}

let nextKey = 0;
export function newFollowUpKey(): string {
  nextKey += 1;
  return `new-${nextKey}`;
}

export function emptyMeeting(today: string): MeetingForm {
  return { heldOn: today, attendees: '', notes: '', followUps: [] };
}

export function meetingToForm(meeting: Meeting): MeetingForm {
  return {
    heldOn: meeting.heldOn,
    attendees: meeting.attendees,
    notes: meeting.notes,
    followUps: meeting.followUps.map((f) => ({ id: f.id, key: `id-${f.id}`, text: f.text })),
  };
}

export type MeetingProblem =
  | { field: 'heldOn'; problem: 'missing' | 'invalid' }
  | { field: 'attendees'; problem: 'missing' | 'long' }
  | { field: 'notes'; problem: 'long' }
  | { field: 'followUps'; index: number; problem: 'missing' | 'long' }
  | { field: 'followUpCount'; problem: 'tooMany' };

/** What keeps a meeting from being saved, in form order. Empty follow-up rows count as missing text. */
export function meetingProblems(form: MeetingForm): MeetingProblem[] {
  const problems: MeetingProblem[] = [];
  const day = form.heldOn.trim();
  if (day === '') problems.push({ field: 'heldOn', problem: 'missing' });
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`)))
    problems.push({ field: 'heldOn', problem: 'invalid' });
  const attendees = length(form.attendees);
  if (attendees === 0) problems.push({ field: 'attendees', problem: 'missing' });
  else if (attendees > ATTENDEES_MAX) problems.push({ field: 'attendees', problem: 'long' });
  if (length(form.notes) > NOTES_MAX) problems.push({ field: 'notes', problem: 'long' });
  form.followUps.forEach((f, index) => {
    const size = length(f.text);
    if (size === 0) problems.push({ field: 'followUps', index, problem: 'missing' });
    else if (size > FOLLOW_UP_MAX) problems.push({ field: 'followUps', index, problem: 'long' });
  });
  if (form.followUps.length > FOLLOW_UPS_MAX) problems.push({ field: 'followUpCount', problem: 'tooMany' });
  return problems;
}

export function meetingInput(form: MeetingForm): MeetingInput {
  return {
    heldOn: form.heldOn.trim(),
    attendees: form.attendees.trim(),
    notes: form.notes.trim(),
    followUps: form.followUps.map((f) => (f.id === undefined ? { text: f.text.trim() } : { id: f.id, text: f.text.trim() })),
  };
}

/** Newest meeting first (by day, then by when it was written down). */
export function orderMeetings(meetings: Meeting[]): Meeting[] {
  return meetings
    .map((meeting, index) => ({ meeting, index }))
    .sort((a, b) => (a.meeting.heldOn < b.meeting.heldOn ? 1 : a.meeting.heldOn > b.meeting.heldOn ? -1 : a.index - b.index))
    .map(({ meeting }) => meeting);
}
