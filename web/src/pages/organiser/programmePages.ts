import type { MessageKey } from '../../i18n';

// The organiser's pages of one programme, in the groups the programme's navigation (ProgrammeNav) and
// the programme card on the home page (MyProgrammes) both show.

export interface ProgrammePage {
  to: string;
  text: MessageKey;
  /** Current only on this exact path (the public page is the parent of the school pages). */
  end?: boolean;
}

export interface ProgrammePageGroup {
  id: 'schools' | 'quality' | 'network' | 'programme';
  text: MessageKey;
  pages: ProgrammePage[];
}

export function organiserPageGroups(programmeId: string | number): ProgrammePageGroup[] {
  const id = encodeURIComponent(String(programmeId));
  const organiser = `/organiser/programmes/${id}`;
  return [
    {
      id: 'schools',
      text: 'subnav.group.schools',
      pages: [
        { to: `${organiser}/registrations`, text: 'organiser.nav.registrations' },
        { to: `${organiser}/progress`, text: 'organiser.nav.progress' },
        { to: `${organiser}/matching`, text: 'matching.nav' },
        { to: `${organiser}/import`, text: 'organiser.nav.import' },
      ],
    },
    {
      id: 'quality',
      text: 'subnav.group.quality',
      pages: [
        { to: `${organiser}/label`, text: 'label.organiser.nav' },
        { to: `${organiser}/award`, text: 'award.nav' },
        { to: `/programmes/${id}/group-report`, text: 'groupReport.link' },
      ],
    },
    {
      id: 'network',
      text: 'subnav.group.network',
      pages: [
        { to: `/programmes/${id}/sessions`, text: 'sessions.link' },
        { to: `${organiser}/working-groups`, text: 'workingGroups.nav' },
      ],
    },
    {
      id: 'programme',
      text: 'subnav.group.programme',
      pages: [
        { to: `${organiser}/edit`, text: 'organiser.nav.edit' },
        { to: `${organiser}/audit`, text: 'organiser.nav.audit' },
        { to: `/programmes/${id}`, text: 'organiser.nav.public', end: true },
      ],
    },
  ];
}
