import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n';
import { useSession } from '../session';
import { SubNav } from './SubNav';

// A school's pages in one programme, in the same groups wherever they are listed: the programme card
// on the home page (home/SchoolLinks.tsx) and the navigation on the school's own pages (SchoolNav).

export type SchoolPageKey =
  | 'baseline'
  | 'final'
  | 'results'
  | 'surveys'
  | 'groupReport'
  | 'plan'
  | 'evidence'
  | 'label'
  | 'sessions'
  | 'meetings'
  | 'award';

export interface SchoolPage {
  key: SchoolPageKey;
  to: string;
  text: MessageKey;
}

export interface SchoolPageGroup {
  id: 'measure' | 'plan' | 'network';
  text: MessageKey;
  pages: SchoolPage[];
}

/** Measure (both measurements, results, surveys, group report); plan and evidence (plan, evidence, label); learning network (sessions, meetings, award). */
export function schoolPageGroups(programmeId: string | number, organisationId: string | number): SchoolPageGroup[] {
  const programme = encodeURIComponent(String(programmeId));
  const school = `/programmes/${programme}/schools/${encodeURIComponent(String(organisationId))}`;
  return [
    {
      id: 'measure',
      text: 'subnav.group.measure',
      pages: [
        { key: 'baseline', to: `${school}/measurements/baseline`, text: 'measurement.kind.baseline' },
        { key: 'final', to: `${school}/measurements/final`, text: 'measurement.kind.final' },
        { key: 'results', to: `${school}/results?kind=baseline`, text: 'school.resultsLink' },
        { key: 'surveys', to: `${school}/surveys`, text: 'school.surveysLink' },
        { key: 'groupReport', to: `/programmes/${programme}/group-report`, text: 'groupReport.link' },
      ],
    },
    {
      id: 'plan',
      text: 'subnav.group.planEvidence',
      pages: [
        { key: 'plan', to: `${school}/plan`, text: 'plan.link' },
        { key: 'evidence', to: `/schools/${encodeURIComponent(String(organisationId))}/evidence`, text: 'evidence.link' },
        { key: 'label', to: `${school}/label`, text: 'home.labelLink' },
      ],
    },
    {
      id: 'network',
      text: 'subnav.group.network',
      pages: [
        { key: 'sessions', to: `/programmes/${programme}/sessions`, text: 'sessions.link' },
        { key: 'meetings', to: `${school}/meetings`, text: 'meetings.link' },
        { key: 'award', to: `${school}/award`, text: 'award.link' },
      ],
    },
  ];
}

/**
 * The programme in which a member of school `organisationId` works (for a page that is not under one,
 * like the evidence library): `programmeId` when given and theirs, else their first programme with it.
 */
export function useSchoolProgramme(organisationId: string, programmeId?: string): { id: string | number; name: string } | null {
  const { me } = useSession();
  const mine = (me?.programmes ?? []).filter(
    (p) => String(p.organisationId) === organisationId && (p.role === 'coordinator' || p.role === 'team_member'),
  );
  const programme = mine.find((p) => programmeId !== undefined && String(p.id) === programmeId) ?? (programmeId === undefined ? mine[0] : undefined);
  return programme ? { id: programme.id, name: programme.name } : null;
}

/**
 * The navigation of a school's pages in one programme, for the school's own members (coordinator,
 * team member): the others (organiser, mentor) reach these pages from their own menus and may not open
 * every one of them, so they get nothing here.
 */
export function SchoolNav({ programmeId, organisationId, schoolName }: { programmeId?: string; organisationId: string; schoolName?: string | null }) {
  const { t } = useI18n();
  const programme = useSchoolProgramme(organisationId, programmeId);
  if (!programme) return null;
  const groups = schoolPageGroups(programme.id, organisationId).map((group) => ({
    id: group.id,
    label: t(group.text),
    links: group.pages.map((page) => ({ to: page.to, label: t(page.text) })),
  }));
  const label = schoolName ? t('subnav.schoolLabel', { school: schoolName, programme: programme.name }) : t('subnav.schoolLabelShort', { programme: programme.name });
  return <SubNav label={label} groups={groups} toggleText={t('subnav.allPages')} />;
}
