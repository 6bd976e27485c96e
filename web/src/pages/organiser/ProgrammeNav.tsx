import type { Programme } from '../../api';
import { SchoolNav } from '../../components/SchoolNav';
import { SubNav } from '../../components/SubNav';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { organiserPageGroups } from './programmePages';

/** The organiser's pages of one programme, grouped (schools, quality, learning network, programme). */
export function ProgrammeNav({ programme }: { programme: Pick<Programme, 'id' | 'name'> }) {
  const { t } = useI18n();
  const groups = organiserPageGroups(programme.id).map((group) => ({
    id: group.id,
    label: t(group.text),
    links: group.pages.map((page) => ({ to: page.to, label: t(page.text), end: page.end })),
  }));
  return <SubNav label={t('organiser.nav.label', { name: programme.name })} groups={groups} toggleText={t('subnav.allPages')} />;
}

/**
 * On a page of the whole programme that organisers and schools share (group report, sessions): the
 * organiser's navigation for its organisers, the school's (SchoolNav) for a school's members, nothing
 * for the others (a mentor, a reviewer).
 */
export function ProgrammeRoleNav({ programme }: { programme: Pick<Programme, 'id' | 'name'> }) {
  const { me } = useSession();
  const mine = (me?.programmes ?? []).filter((p) => String(p.id) === String(programme.id));
  if (mine.some((p) => p.role === 'organiser')) return <ProgrammeNav programme={programme} />;
  const school = mine.find((p) => p.role === 'coordinator' || p.role === 'team_member');
  if (!school) return null;
  return <SchoolNav programmeId={String(programme.id)} organisationId={String(school.organisationId)} />;
}
