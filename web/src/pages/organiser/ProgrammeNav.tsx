import { NavLink } from 'react-router';
import type { Programme } from '../../api';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n';

const PAGES: { path: string; text: MessageKey }[] = [
  { path: 'registrations', text: 'organiser.nav.registrations' },
  { path: 'progress', text: 'organiser.nav.progress' },
  { path: 'label', text: 'label.organiser.nav' },
  { path: 'working-groups', text: 'workingGroups.nav' },
  { path: 'matching', text: 'matching.nav' },
  { path: 'award', text: 'award.nav' },
  { path: 'import', text: 'organiser.nav.import' },
  { path: 'audit', text: 'organiser.nav.audit' },
  { path: 'edit', text: 'organiser.nav.edit' },
];

/** The organiser's pages of one programme, plus its public page. */
export function ProgrammeNav({ programme }: { programme: Programme }) {
  const { t } = useI18n();
  const base = `/organiser/programmes/${programme.id}`;
  return (
    <nav className="subnav" aria-label={t('organiser.nav.label', { name: programme.name })}>
      <ul>
        {PAGES.map((page) => (
          <li key={page.path}>
            <NavLink to={`${base}/${page.path}`}>{t(page.text)}</NavLink>
          </li>
        ))}
        <li>
          <NavLink to={`/programmes/${programme.id}/group-report`}>{t('groupReport.link')}</NavLink>
        </li>
        <li>
          <NavLink to={`/programmes/${programme.id}/sessions`}>{t('sessions.link')}</NavLink>
        </li>
        <li>
          <NavLink to={`/programmes/${programme.id}`} end>
            {t('organiser.nav.public')}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
