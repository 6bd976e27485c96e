import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { MyProgrammes } from './MyProgrammes';
import { OverdueActions } from './OverdueActions';
import { groupByRole, KIND_TEXT, ROLE_TEXT } from './roles';

/** The signed-in user's home: one section per role they hold, with their real organisations. */
export function HomePage() {
  const { t } = useI18n();
  const { me } = useSession();
  if (!me) return null;

  const groups = groupByRole(me.memberships);
  const inSchool = me.memberships.some((m) => m.role === 'coordinator' || m.role === 'team_member');

  return (
    <div>
      <PageHeading title={t('home.title')}>{t('home.welcome', { name: me.user.name })}</PageHeading>
      <p className="lead">{t('home.intro')}</p>

      {(me.invitations ?? 0) > 0 && (
        <section className="notice invitations-pointer" aria-labelledby="open-invitations">
          <h2 id="open-invitations" className="visually-hidden">
            {t('invitations.title')}
          </h2>
          <p>
            {t('home.invitations', { count: me.invitations ?? 0 })}{' '}
            <Link to="/invitations">{t('home.invitationsLink')}</Link>
          </p>
        </section>
      )}

      {inSchool && <OverdueActions />}

      <MyProgrammes programmes={me.programmes ?? []} />

      {me.operator && (
        <section className="card role" aria-labelledby="role-operator" data-role="operator">
          <h2 id="role-operator">{t('role.operator.title')}</h2>
          <p>{t('role.operator.does')}</p>
          <ul>
            <li>
              <Link to="/operator">{t('home.operatorOrganisationsLink')}</Link>
            </li>
            <li>
              <Link to="/operator/security-log">{t('home.securityLogLink')}</Link>
            </li>
          </ul>
        </section>
      )}

      {groups.length === 0 ? (
        // The operator belongs to no organisation by design: no "no role yet" for them.
        !me.operator && (
        <section className="card" aria-labelledby="no-roles">
          <h2 id="no-roles">{t('home.noRolesTitle')}</h2>
          <p>{t('home.noRolesText')}</p>
        </section>
        )
      ) : (
        groups.map(({ role, memberships }) => {
          const text = ROLE_TEXT[role];
          const headingId = `role-${role}`;
          return (
            <section key={role} className="card role" aria-labelledby={headingId} data-role={role}>
              <h2 id={headingId}>{t(text.title)}</h2>
              <p>{t(text.does)}</p>
              <h3>{t('home.organisations')}</h3>
              <ul className="organisations">
                {memberships.map((m) => {
                  const kind = KIND_TEXT[m.organisationKind];
                  return (
                    <li key={`${m.organisationId}`}>
                      <span className="organisations__name">{m.organisationName}</span>
                      {kind && <span className="organisations__kind"> ({t(kind)})</span>}
                    </li>
                  );
                })}
              </ul>
              <h3>{t('home.next')}</h3>
              <p>{t(text.next)}</p>
              {role === 'organiser' && memberships.some((m) => m.organisationKind === 'organiser') && (
                <p>
                  <Link to="/organiser/questions">{t('home.questionsLink')}</Link>
                </p>
              )}
              {role === 'reviewer' && (
                <p>
                  <Link to="/reviews">{t('home.reviewsLink')}</Link>
                </p>
              )}
              {role === 'jury' && (
                <p>
                  <Link to="/jury">{t('jury.homeLink')}</Link>
                </p>
              )}
              {role === 'mentor' && (
                <p>
                  <Link to="/mentoring">{t('mentoring.homeLink')}</Link>
                </p>
              )}
            </section>
          );
        })
      )}

      <section className="card" aria-labelledby="ask-us-teaser">
        <h2 id="ask-us-teaser">{t('home.askUsTitle')}</h2>
        <p>{t('home.askUsText')}</p>
        <p>
          <Link to="/ask">{t('home.askUsLink')}</Link>
        </p>
      </section>

      <section className="card" aria-labelledby="framework-teaser">
        <h2 id="framework-teaser">{t('home.frameworkTitle')}</h2>
        <p>{t('home.frameworkText')}</p>
        <p>
          <Link to="/framework">{t('home.frameworkLink')}</Link>
        </p>
      </section>
    </div>
  );
}
