import { Link } from 'react-router';
import type { MyProgramme } from '../../api';
import type { HomeMeasurement } from '../../api/home';
import { LinkGroups } from '../../components/LinkGroups';
import { useI18n } from '../../i18n';
import { organiserPageGroups } from '../organiser/programmePages';
import { ROLE_TEXT } from './roles';
import { MainActionLink, SchoolLinks } from './SchoolLinks';
import type { MainAction } from './SchoolLinks';

/**
 * The user's programmes (`Me.programmes`) with the pages their role works with: a school's card has one
 * main action and its pages in groups (SchoolLinks), an organiser's card the programme's pages in the
 * groups of its navigation (ProgrammeNav). The home page gives a school card its next step (`mainAction`)
 * and its measurements' states (`measurements`) from GET /api/me/home; without them the card shows its
 * links only.
 */
export function MyProgrammes({
  programmes,
  mainAction,
  measurements,
}: {
  programmes: MyProgramme[];
  mainAction?: (programme: MyProgramme) => MainAction | undefined;
  /** A school's two measurements, for the state beside their links. */
  measurements?: (programme: MyProgramme) => HomeMeasurement[] | undefined;
}) {
  const { t } = useI18n();
  if (programmes.length === 0) return null;
  return (
    <section className="card" aria-labelledby="my-programmes" data-testid="my-programmes">
      <h2 id="my-programmes">{t('home.programmesTitle')}</h2>
      <ul className="my-programmes">
        {programmes.map((p) => {
          const key = `${p.id}-${p.organisationId}-${p.role}`;
          const organiser = `/organiser/programmes/${p.id}`;
          const role = ROLE_TEXT[p.role] ? t(ROLE_TEXT[p.role].title) : p.role;
          const school = p.role === 'coordinator' || p.role === 'team_member';
          return (
            <li key={key} data-programme={p.id}>
              <h3>
                <Link to={p.role === 'organiser' ? `${organiser}/registrations` : `/programmes/${p.id}`}>{p.name}</Link>
              </h3>
              <p className="muted">{t('home.programmeMeta', { year: p.schoolYear, role })}</p>
              {school && <SchoolLinks programme={p} mainAction={mainAction?.(p)} measurements={measurements?.(p)} />}
              {!school && mainAction?.(p) && <MainActionLink action={mainAction(p)!} />}
              {p.role === 'organiser' && (
                <LinkGroups
                  level={4}
                  idPrefix={`organiser-${key}`}
                  groups={organiserPageGroups(p.id).map((group) => ({
                    id: group.id,
                    label: t(group.text),
                    links: group.pages.map((page) => ({ to: page.to, label: t(page.text) })),
                  }))}
                />
              )}
              {!school && p.role !== 'organiser' && (
                <ul className="links">
                  {p.role !== 'reviewer' && p.role !== 'jury' && (
                    <li>
                      <Link to={`/programmes/${p.id}/sessions`}>{t('sessions.link')}</Link>
                    </li>
                  )}
                  <li>
                    <Link to={`/programmes/${p.id}`}>{t('home.programmePage')}</Link>
                  </li>
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
