import { Link } from 'react-router';
import type { MyProgramme } from '../../api';
import { homeApi } from '../../api/home';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { MyProgrammes } from './MyProgrammes';
import { RoleToDos } from './RoleToDos';
import { groupByRole, KIND_TEXT, ROLE_TEXT } from './roles';
import { stepTexts } from './todoTexts';
import '../../styles/home.css';

/**
 * The signed-in user's home: one section per role they hold, each saying what is next from live state
 * (GET /api/me/home: the next step, deadlines, what waits), with their real organisations; then their
 * programmes' pages.
 */
export function HomePage() {
  const { me } = useSession();
  if (!me) return null;
  return <SignedInHome />;
}

function SignedInHome() {
  const { t, language } = useI18n();
  const { me } = useSession();
  const userId = me?.user.id;
  const { state, reload } = useLoad(() => homeApi.home(), [userId]);
  if (!me) return null;

  const groups = groupByRole(me.memberships);
  const schoolEntry = (p: MyProgramme) =>
    state.status === 'ready'
      ? state.data.schools.find((s) => String(s.programmeId) === String(p.id) && String(s.organisationId) === String(p.organisationId))
      : undefined;

  return (
    <Page title={t('home.title')} heading={t('home.welcome', { name: me.user.name })}>
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

      {groups.length === 0
        ? // The operator belongs to no organisation by design: no "no role yet" for them.
          !me.operator && (
            <section className="card" aria-labelledby="no-roles">
              <h2 id="no-roles">{t('home.noRolesTitle')}</h2>
              <p>{t('home.noRolesText')}</p>
            </section>
          )
        : groups.map(({ role, memberships }) => {
            const text = ROLE_TEXT[role];
            const headingId = `role-${role}`;
            return (
              <section key={role} className="card role" aria-labelledby={headingId} data-role={role}>
                <h2 id={headingId}>{t(text.title)}</h2>
                {/* What is next comes first (on a phone the description would push it below the fold). */}
                <RoleToDos role={role} state={state} reload={reload} fallback={text.next} />
                <p className="role__does">{t(text.does)}</p>
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
              </section>
            );
          })}

      <MyProgrammes
        programmes={me.programmes ?? []}
        mainAction={(p) => {
          // The card's main action is the server's next step (GET /api/me/home), the same as the to-do card's.
          const entry = schoolEntry(p);
          if (!entry) return undefined;
          const { action, detail } = stepTexts(t, language, entry.nextStep);
          return { to: entry.nextStep.path, label: action, detail };
        }}
        measurements={(p) => schoolEntry(p)?.measurements}
      />

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
            <li>
              <Link to="/operator/people">{t('home.operatorPeopleLink')}</Link>
            </li>
            <li>
              <Link to="/operator/deletion-requests">{t('home.deletionRequestsLink')}</Link>
            </li>
            <li>
              <Link to="/operator/undelivered-mail">{t('home.undeliveredMailLink')}</Link>
            </li>
          </ul>
        </section>
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
    </Page>
  );
}
