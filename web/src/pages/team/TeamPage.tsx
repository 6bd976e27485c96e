import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, isApiError, TEAM_FUNCTIONS } from '../../api';
import type { Language, Organisation, OrganisationMember, TeamFunction } from '../../api';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/fields';
import { label, options, TEAM_FUNCTION_TEXT } from '../../components/enumLabels';
import { generalMessage, looksLikeEmail, splitApiError, summaryItems } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { ROLE_TEXT } from '../home/roles';
import { TableWrap } from '../../components/TableWrap';
import { formatMoment, isoMoment } from '../../components/dates';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; organisation: Organisation };

const memberKey = (m: OrganisationMember) => `${m.userId}-${m.role}`;

/** The school coordinator's team: who is in it, open invitations (by address only), and inviting someone new. */
export function TeamPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const schools = (me?.memberships ?? []).filter((m) => m.role === 'coordinator');
  const wanted = params.get('organisation');
  const current = schools.find((m) => String(m.organisationId) === wanted) ?? schools[0];
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const orgId = current ? String(current.organisationId) : null;
  useEffect(() => {
    if (!orgId) return;
    let live = true;
    api.organisation(orgId).then(
      (organisation) => live && setLoad({ status: 'ready', organisation }),
      (error) => live && setLoad({ status: 'error', message: generalMessage(t, error) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [orgId, attempt]);

  const title = t('team.title');
  if (!current) {
    return (
      <div>
        <PageHeading title={title}>{title}</PageHeading>
        <p className="notice">{t('team.notCoordinator')}</p>
        <p>
          <Link to="/">{t('notFound.home')}</Link>
        </p>
      </div>
    );
  }

  const changed = (text: string, error = false) => {
    setMessage({ text, error });
    if (!error) setAttempt((a) => a + 1);
  };

  return (
    <div>
      <PageHeading title={`${title} – ${current.organisationName}`}>
        {title}
        <span className="visually-hidden"> – </span>
        <span className="page-heading__sub">{current.organisationName}</span>
      </PageHeading>
      {schools.length > 1 && (
        <SelectField
          id="team-school"
          inline
          label={t('team.school')}
          value={String(current.organisationId)}
          onChange={(v) => setParams({ organisation: v })}
          options={schools.map((s) => ({ value: String(s.organisationId), label: s.organisationName }))}
        />
      )}
      <div role="status" className="live">
        {message && !message.error && <p className="notice">{message.text}</p>}
      </div>
      {message?.error && (
        <p className="notice notice--error" role="alert">
          {message.text}
        </p>
      )}
      {load.status === 'loading' && <Loading />}
      {load.status === 'error' && (
        <>
          <p className="notice notice--error" role="alert">
            {load.message}
          </p>
          <button type="button" className="button" onClick={() => setAttempt((a) => a + 1)}>
            {t('common.retry')}
          </button>
        </>
      )}
      {load.status === 'ready' && (
        <Members organisation={load.organisation} myId={me ? String(me.user.id) : ''} onChange={changed} />
      )}
      <InviteForm organisationId={String(current.organisationId)} onInvited={changed} />
    </div>
  );
}

function Members({
  organisation,
  myId,
  onChange,
}: {
  organisation: Organisation;
  myId: string;
  onChange: (text: string, error?: boolean) => void;
}) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const act = async (work: () => Promise<void>, done: string) => {
    setBusy(true);
    try {
      await work();
      setConfirming(null);
      onChange(done);
    } catch (error) {
      onChange(isApiError(error, 'conflict') ? error.message || t('team.lastCoordinator') : generalMessage(t, error), true);
    } finally {
      setBusy(false);
    }
  };

  const members = [...organisation.members].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <>
      <section aria-labelledby="team-members">
        <h2 id="team-members">{t('team.members')}</h2>
        <TableWrap label={t('team.members')}>
          <table className="table team">
            <caption className="visually-hidden">{t('team.members')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('team.name')}</th>
                <th scope="col">{t('field.email')}</th>
                <th scope="col">{t('team.role')}</th>
                <th scope="col">{t('team.function')}</th>
                <th scope="col">{t('team.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => {
                const key = memberKey(m);
                const roleText = ROLE_TEXT[m.role] ? t(ROLE_TEXT[m.role].title) : m.role;
                return (
                  <tr key={key} data-email={m.email}>
                    <th scope="row">{m.name}</th>
                    <td>{m.email}</td>
                    <td>{roleText}</td>
                    <td>{m.teamFunction ? label(t, TEAM_FUNCTION_TEXT, m.teamFunction) : '–'}</td>
                    <td>
                      {confirming === key ? (
                        <div className="confirm" role="group" aria-label={t('team.confirmLabel', { name: m.name })}>
                          <p>{t('team.confirmRemove', { name: m.name, role: roleText })}</p>
                          <div className="actions">
                            <button
                              type="button"
                              className="button button--danger"
                              disabled={busy}
                              onClick={() =>
                                void act(() => api.removeMember(organisation.id, m.userId, m.role), t('team.removed', { name: m.name }))
                              }
                            >
                              {t('team.yesRemove')}
                            </button>
                            <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
                              {t('common.cancel')}
                            </button>
                          </div>
                        </div>
                      ) : (
                        String(m.userId) !== myId && (
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            disabled={busy}
                            onClick={() => setConfirming(key)}
                          >
                            {t('team.remove')}
                            {' '}<span className="visually-hidden">({m.name})</span>
                          </button>
                        )
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      </section>
      <Invitations
        organisation={organisation}
        busy={busy}
        confirming={confirming}
        setConfirming={setConfirming}
        act={act}
      />
    </>
  );
}

/**
 * The open invitations: only the address the coordinator typed (the person behind it joins, and shows
 * up as a member with their name, only by accepting), with resend and revoke.
 */
function Invitations({
  organisation,
  busy,
  confirming,
  setConfirming,
  act,
}: {
  organisation: Organisation;
  busy: boolean;
  confirming: string | null;
  setConfirming: (key: string | null) => void;
  act: (work: () => Promise<void>, done: string) => Promise<void>;
}) {
  const { t, language } = useI18n();
  const invitations = [...(organisation.invitations ?? [])].sort((a, b) => a.email.localeCompare(b.email));
  const now = Date.now() / 1000;
  return (
    <section aria-labelledby="team-invitations">
      <h2 id="team-invitations">{t('team.invitations')}</h2>
      {invitations.length === 0 ? (
        <p>{t('team.noInvitations')}</p>
      ) : (
        <TableWrap label={t('team.invitations')}>
          <table className="table team">
            <caption className="visually-hidden">{t('team.invitations')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('field.email')}</th>
                <th scope="col">{t('team.role')}</th>
                <th scope="col">{t('team.function')}</th>
                <th scope="col">{t('team.validUntil')}</th>
                <th scope="col">{t('team.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((i) => {
                const key = `invitation-${i.id}`;
                const roleText = ROLE_TEXT[i.role] ? t(ROLE_TEXT[i.role].title) : i.role;
                return (
                  <tr key={key} data-email={i.email} data-invitation={String(i.id)}>
                    <th scope="row">{i.email}</th>
                    <td>{roleText}</td>
                    <td>{i.teamFunction ? label(t, TEAM_FUNCTION_TEXT, i.teamFunction) : '–'}</td>
                    <td>
                      {i.expiresAt <= now ? (
                        <span className="badge badge--pending">{t('team.expired')}</span>
                      ) : (
                        <time dateTime={isoMoment(i.expiresAt)}>{formatMoment(i.expiresAt, language)}</time>
                      )}
                    </td>
                    <td>
                      {confirming === key ? (
                        <div className="confirm" role="group" aria-label={t('team.confirmLabel', { name: i.email })}>
                          <p>{t('team.confirmRevokeInvitation', { email: i.email })}</p>
                          <div className="actions">
                            <button
                              type="button"
                              className="button button--danger"
                              disabled={busy}
                              onClick={() =>
                                void act(() => api.revokeInvitation(organisation.id, i.id), t('team.invitationRevoked', { email: i.email }))
                              }
                            >
                              {t('team.yesRevoke')}
                            </button>
                            <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
                              {t('common.cancel')}
                            </button>
                          </div>
                        </div>
                      ) : (
                        <div className="actions">
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            disabled={busy}
                            onClick={() => void act(() => api.resendInvitation(organisation.id, i.id), t('team.resent', { email: i.email }))}
                          >
                            {t('team.resend')}
                            {' '}<span className="visually-hidden">({i.email})</span>
                          </button>
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            disabled={busy}
                            onClick={() => setConfirming(key)}
                          >
                            {t('team.revoke')}
                            {' '}<span className="visually-hidden">({i.email})</span>
                          </button>
                        </div>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}

const INVITE_ORDER = ['invite-name', 'invite-email', 'invite-role', 'invite-function', 'invite-language'];
const INVITE_FIELDS = {
  name: 'invite-name',
  email: 'invite-email',
  role: 'invite-role',
  teamFunction: 'invite-function',
  language: 'invite-language',
};

function InviteForm({ organisationId, onInvited }: { organisationId: string; onInvited: (text: string) => void }) {
  const { t, language } = useI18n();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<'team_member' | 'coordinator'>('team_member');
  const [teamFunction, setTeamFunction] = useState<TeamFunction | ''>('');
  const [mailLanguage, setMailLanguage] = useState<Language>(language);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);

  const fail = (f: FieldErrors, g: string | null) => {
    setErrors(f);
    setGeneral(g);
    setVersion((v) => v + 1);
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const found: FieldErrors = {};
    if (name.trim() === '') found['invite-name'] = t('team.nameRequired');
    if (email.trim() === '') found['invite-email'] = t('validation.emailRequired');
    else if (!looksLikeEmail(email)) found['invite-email'] = t('validation.emailInvalid');
    if (Object.keys(found).length > 0) return fail(found, null);
    setBusy(true);
    try {
      await api.invite(organisationId, {
        name: name.trim(),
        email: email.trim(),
        role,
        language: mailLanguage,
        ...(role === 'team_member' && teamFunction ? { teamFunction } : {}),
      });
      fail({}, null);
      setName('');
      setEmail('');
      setTeamFunction('');
      onInvited(t('team.invited', { name: name.trim(), email: email.trim() }));
    } catch (error) {
      const split = splitApiError(t, error, INVITE_FIELDS);
      fail(split.fields, split.general);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="team-invite" className="card">
      <h2 id="team-invite">{t('team.inviteTitle')}</h2>
      <p>{t('team.inviteIntro')}</p>
      <ErrorSummary title={t('errors.summaryTitle')} items={summaryItems(INVITE_ORDER, errors, general)} version={version} />
      <form noValidate onSubmit={submit} className="form narrow">
        <FormField id="invite-name" label={t('team.name')} value={name} onChange={setName} error={errors['invite-name']} autoComplete="off" required />
        <FormField id="invite-email" type="email" label={t('field.email')} value={email} onChange={setEmail} error={errors['invite-email']} autoComplete="off" required />
        <SelectField
          id="invite-role"
          label={t('team.role')}
          value={role}
          onChange={(v) => setRole(v === 'coordinator' ? 'coordinator' : 'team_member')}
          options={[
            { value: 'team_member', label: t('role.team_member.title') },
            { value: 'coordinator', label: t('role.coordinator.title') },
          ]}
          error={errors['invite-role']}
          required
        />
        {role === 'team_member' && (
          <SelectField
            id="invite-function"
            label={t('team.function')}
            value={teamFunction}
            onChange={(v) => setTeamFunction(v as TeamFunction | '')}
            options={options(t, TEAM_FUNCTIONS, TEAM_FUNCTION_TEXT)}
            placeholder={t('team.noFunction')}
            error={errors['invite-function']}
          />
        )}
        <SelectField
          id="invite-language"
          label={t('team.language')}
          value={mailLanguage}
          onChange={(v) => setMailLanguage(v === 'en' ? 'en' : 'nl')}
          options={[
            { value: 'nl', label: 'Nederlands' },
            { value: 'en', label: 'English' },
          ]}
          error={errors['invite-language']}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy}>
            {t('team.invite')}
          </button>
        </div>
      </form>
    </section>
  );
}
