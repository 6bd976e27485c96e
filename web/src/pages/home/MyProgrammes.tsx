import { Link } from 'react-router';
import type { MyProgramme } from '../../api';
import { useI18n } from '../../i18n';
import { ROLE_TEXT } from './roles';
import { SchoolLinks } from './SchoolLinks';

/** The user's programmes (`Me.programmes`) with the pages their role works with. */
export function MyProgrammes({ programmes }: { programmes: MyProgramme[] }) {
  const { t } = useI18n();
  if (programmes.length === 0) return null;
  return (
    <section className="card" aria-labelledby="my-programmes" data-testid="my-programmes">
      <h2 id="my-programmes">{t('home.programmesTitle')}</h2>
      <ul className="my-programmes">
        {programmes.map((p) => {
          const organiser = `/organiser/programmes/${p.id}`;
          const role = ROLE_TEXT[p.role] ? t(ROLE_TEXT[p.role].title) : p.role;
          return (
            <li key={`${p.id}-${p.organisationId}-${p.role}`} data-programme={p.id}>
              <h3>
                <Link to={p.role === 'organiser' ? `${organiser}/registrations` : `/programmes/${p.id}`}>{p.name}</Link>
              </h3>
              <p className="muted">{t('home.programmeMeta', { year: p.schoolYear, role })}</p>
              <ul className="links">
                {p.role === 'organiser' && (
                  <>
                    <li>
                      <Link to={`${organiser}/registrations`}>{t('organiser.nav.registrations')}</Link>
                    </li>
                    <li>
                      <Link to={`${organiser}/progress`}>{t('organiser.nav.progress')}</Link>
                    </li>
                    <li>
                      <Link to={`${organiser}/label`}>{t('label.organiser.nav')}</Link>
                    </li>
                    <li>
                      <Link to={`${organiser}/matching`}>{t('matching.nav')}</Link>
                    </li>
                    <li>
                      <Link to={`${organiser}/edit`}>{t('organiser.nav.edit')}</Link>
                    </li>
                  </>
                )}
                {(p.role === 'coordinator' || p.role === 'team_member') && <SchoolLinks programme={p} />}
                {(p.role === 'organiser' || p.role === 'coordinator' || p.role === 'team_member') && (
                  <li>
                    <Link to={`/programmes/${p.id}/group-report`}>{t('groupReport.link')}</Link>
                  </li>
                )}
                {p.role === 'organiser' && (
                  <li>
                    <Link to={`${organiser}/working-groups`}>{t('workingGroups.nav')}</Link>
                  </li>
                )}
                {p.role !== 'reviewer' && p.role !== 'jury' && (
                  <li>
                    <Link to={`/programmes/${p.id}/sessions`}>{t('sessions.link')}</Link>
                  </li>
                )}
                {p.role === 'coordinator' && (
                  <li>
                    <Link to={`/team?organisation=${encodeURIComponent(String(p.organisationId))}`}>{t('home.teamLink')}</Link>
                  </li>
                )}
                <li>
                  <Link to={`/programmes/${p.id}`}>{t('home.programmePage')}</Link>
                </li>
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
