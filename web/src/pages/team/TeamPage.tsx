import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, isApiError, TEAM_FUNCTIONS } from '../../api';
import type { Language, OrganisationInvitation, Role, TeamFunction, TeamInvitationList, TeamMemberList } from '../../api';
import { Button } from '../../components/Button';
import { ConfirmButton } from '../../components/ConfirmButton';
import { CountedFilter } from '../../components/CountedFilter';
import type { Column } from '../../components/DataTable';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { FormField } from '../../components/FormField';
import { LoadStatus } from '../../components/LoadStatus';
import { NoticeArea } from '../../components/NoticeArea';
import type { Notice } from '../../components/NoticeArea';
import { PagedTable } from '../../components/PagedTable';
import { Page } from '../../components/Page';
import { pageParams, usePagedList } from '../../components/usePagedList';
import type { PagedList } from '../../components/usePagedList';
import { SelectField } from '../../components/fields';
import { label, options, TEAM_FUNCTION_TEXT } from '../../components/enumLabels';
import { generalMessage, looksLikeEmail, splitApiError, summaryItems } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { ROLE_TEXT } from '../home/roles';
import { formatMoment, isoMoment } from '../../components/dates';
import { StatusTag } from '../../components/StatusTag';

type Member = TeamMemberList['members'][number];
const memberKey = (m: Member) => `${m.userId}-${m.role}`;
/** The roles of a school's team, for the role filters. */
const SCHOOL_ROLES: Role[] = ['coordinator', 'team_member'];
/** An invitation is valid for a week from when it was (re)sent (docs/api.md, "Invitations"). */
const INVITATION_VALID_SECONDS = 7 * 24 * 3600;

/** The answer after one row left it (a member removed, an invitation revoked): total and its role count follow. */
export function withoutRow<A extends { total: number; counts: { role: Partial<Record<Role, number>> } }>(
  answer: A,
  key: 'members' | 'invitations',
  keep: (row: { role: Role }) => boolean,
): A {
  const rows = (answer as unknown as Record<string, { role: Role }[]>)[key]!;
  const gone = rows.find((r) => !keep(r));
  if (!gone) return answer;
  const role = answer.counts.role[gone.role];
  return {
    ...answer,
    [key]: rows.filter(keep),
    total: Math.max(0, answer.total - 1),
    counts: { ...answer.counts, role: { ...answer.counts.role, [gone.role]: Math.max(0, (role ?? 1) - 1) } },
  };
}

/** The school coordinator's team: who is in it, open invitations (by address only), and inviting someone new. */
export function TeamPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const schools = (me?.memberships ?? []).filter((m) => m.role === 'coordinator');
  const wanted = params.get('organisation');
  const current = schools.find((m) => String(m.organisationId) === wanted) ?? schools[0];
  const [message, setMessage] = useState<Notice | null>(null);

  const orgId = current ? String(current.organisationId) : '';
  const members = usePagedList<TeamMemberList>((query) => api.members(orgId, pageParams(query)), { sort: 'name', size: 20, filters: { role: '' } }, [
    orgId,
  ]);
  const invitations = usePagedList<TeamInvitationList>(
    (query) => api.invitations(orgId, pageParams(query)),
    { sort: 'email', size: 20, filters: { role: '' } },
    [orgId],
  );

  const title = t('team.title');
  if (!current) {
    return (
      <Page title={title}>
        <p className="notice">{t('team.notCoordinator')}</p>
        <p>
          <Link to="/">{t('notFound.home')}</Link>
        </p>
      </Page>
    );
  }

  const say = (text: string, error = false) => setMessage({ text, error });

  return (
    <Page
      title={title}
      about={current.organisationName}
    >
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
      <NoticeArea notice={message} />
      <Team
        organisationId={orgId}
        members={members}
        invitations={invitations}
        myId={me ? String(me.user.id) : ''}
        onMessage={say}
      />
      <InviteForm
        organisationId={orgId}
        onInvited={(text) => {
          say(text);
          // A new invitation: read again, so it shows at its place in the order.
          invitations.reload();
        }}
      />
    </Page>
  );
}

const roleText = (t: ReturnType<typeof useI18n>['t'], role: Role) => (ROLE_TEXT[role] ? t(ROLE_TEXT[role].title) : role);

/**
 * The team: its members and its open invitations, two lists paged, searched (name or address) and filtered
 * by role on the server. Removing a member or revoking an invitation drops that row; resending renews it.
 */
function Team({
  organisationId,
  members,
  invitations,
  myId,
  onMessage,
}: {
  organisationId: string;
  members: PagedList<TeamMemberList>;
  invitations: PagedList<TeamInvitationList>;
  myId: string;
  onMessage: (text: string, error?: boolean) => void;
}) {
  const { t } = useI18n();
  // One change at a time: while one is being sent, the other rows' buttons wait.
  const [busy, setBusy] = useState(false);

  const act = async (work: () => Promise<void>, done: string) => {
    setBusy(true);
    try {
      await work();
      onMessage(done);
    } catch (error) {
      onMessage(isApiError(error, 'conflict') ? error.message || t('team.lastCoordinator') : generalMessage(t, error), true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <section aria-labelledby="team-members">
        <h2 id="team-members">{t('team.members')}</h2>
        {members.state.status !== 'ready' ? (
          <LoadStatus state={members.state} onRetry={members.reload} />
        ) : (
          <Members
            organisationId={organisationId}
            list={members}
            answer={members.state.data}
            myId={myId}
            busy={busy}
            act={act}
          />
        )}
      </section>
      <section aria-labelledby="team-invitations">
        <h2 id="team-invitations">{t('team.invitations')}</h2>
        {invitations.state.status !== 'ready' ? (
          <LoadStatus state={invitations.state} onRetry={invitations.reload} />
        ) : (
          <Invitations
            organisationId={organisationId}
            list={invitations}
            answer={invitations.state.data}
            busy={busy}
            act={act}
          />
        )}
      </section>
    </>
  );
}

interface RowActions {
  organisationId: string;
  busy: boolean;
  act: (work: () => Promise<void>, done: string) => Promise<void>;
}

function RoleFilter<A extends { counts: { role: Partial<Record<Role, number>> } }>({
  id,
  list,
  answer,
}: {
  id: string;
  list: PagedList<A & { page: number; size: number; pages: number; total: number }>;
  answer: A;
}) {
  const { t } = useI18n();
  return (
    <CountedFilter
      id={id}
      label={t('team.role')}
      value={list.query.filters.role ?? ''}
      onChange={(v) => list.setFilter('role', v)}
      counts={answer.counts.role as Record<string, number>}
      options={SCHOOL_ROLES.map((r) => ({ value: r, label: roleText(t, r) }))}
    />
  );
}

function Members({
  list,
  answer,
  myId,
  organisationId,
  busy,
  act,
}: RowActions & { list: PagedList<TeamMemberList>; answer: TeamMemberList; myId: string }) {
  const { t } = useI18n();
  const columns: Column<Member>[] = [
    { title: t('team.name'), rowHeader: true, sort: 'name', cell: (m) => m.name },
    { title: t('field.email'), sort: 'email', cell: (m) => m.email },
    { title: t('team.role'), sort: 'role', cell: (m) => roleText(t, m.role) },
    { title: t('team.function'), cell: (m) => (m.teamFunction ? label(t, TEAM_FUNCTION_TEXT, m.teamFunction) : '–') },
    {
      title: t('team.actions'),
      cell: (m) => {
        if (String(m.userId) === myId) return null;
        const key = memberKey(m);
        return (
          <ConfirmButton
            label={
              <>
                {t('team.remove')} <span className="visually-hidden">({m.name})</span>
              </>
            }
            groupLabel={t('team.confirmLabel', { name: m.name })}
            question={t('team.confirmRemove', { name: m.name, role: roleText(t, m.role) })}
            confirmText={t('team.yesRemove')}
            danger
            disabled={busy}
            onConfirm={() =>
              act(async () => {
                await api.removeMember(organisationId, m.userId, m.role);
                list.update((data) => withoutRow(data, 'members', (r) => memberKey(r as Member) !== key));
              }, t('team.removed', { name: m.name }))
            }
          />
        );
      },
    },
  ];
  return (
    <PagedTable
      id="team-members-list"
      list={list}
      answer={answer}
      rows={answer.members}
      caption={t('team.members')}
      columns={columns}
      rowKey={memberKey}
      rowProps={(m) => ({ 'data-email': m.email })}
      searchLabel={t('team.searchMembers')}
      empty={t('team.noMembersFound')}
      filters={<RoleFilter id="team-members-role" list={list} answer={answer} />}
    />
  );
}

/**
 * The open invitations: only the address the coordinator typed (the person behind it joins, and shows
 * up as a member with their name, only by accepting), with resend and revoke.
 */
function Invitations({
  list,
  answer,
  organisationId,
  busy,
  act,
}: RowActions & { list: PagedList<TeamInvitationList>; answer: TeamInvitationList }) {
  const { t, language } = useI18n();
  const now = Date.now() / 1000;
  const filtered = list.query.q !== '' || (list.query.filters.role ?? '') !== '';
  const columns: Column<OrganisationInvitation>[] = [
    { title: t('field.email'), rowHeader: true, sort: 'email', cell: (i) => i.email },
    { title: t('team.role'), sort: 'role', cell: (i) => roleText(t, i.role) },
    { title: t('team.function'), cell: (i) => (i.teamFunction ? label(t, TEAM_FUNCTION_TEXT, i.teamFunction) : '–') },
    {
      title: t('team.validUntil'),
      sort: 'expiresAt',
      cell: (i) =>
        i.expiresAt <= now ? (
          <StatusTag tone="waiting">{t('team.expired')}</StatusTag>
        ) : (
          <time dateTime={isoMoment(i.expiresAt)}>{formatMoment(i.expiresAt, language)}</time>
        ),
    },
    {
      title: t('team.actions'),
      cell: (i) => (
        <div className="actions">
          <Button
            variant="secondary"
            size="small"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                await api.resendInvitation(organisationId, i.id);
                // A new week from now: the row is renewed in place.
                const expiresAt = Math.floor(Date.now() / 1000) + INVITATION_VALID_SECONDS;
                list.update((data) => ({
                  ...data,
                  invitations: data.invitations.map((r) => (String(r.id) === String(i.id) ? { ...r, expiresAt } : r)),
                }));
              }, t('team.resent', { email: i.email }))
            }
          >
            {t('team.resend')} <span className="visually-hidden">({i.email})</span>
          </Button>
          <ConfirmButton
            label={
              <>
                {t('team.revoke')} <span className="visually-hidden">({i.email})</span>
              </>
            }
            groupLabel={t('team.confirmLabel', { name: i.email })}
            question={t('team.confirmRevokeInvitation', { email: i.email })}
            confirmText={t('team.yesRevoke')}
            danger
            disabled={busy}
            onConfirm={() =>
              act(async () => {
                await api.revokeInvitation(organisationId, i.id);
                list.update((data) => withoutRow(data, 'invitations', (r) => String((r as OrganisationInvitation).id) !== String(i.id)));
              }, t('team.invitationRevoked', { email: i.email }))
            }
          />
        </div>
      ),
    },
  ];
  return (
    <PagedTable
      id="team-invitations-list"
      list={list}
      answer={answer}
      rows={answer.invitations}
      caption={t('team.invitations')}
      columns={columns}
      rowKey={(i) => String(i.id)}
      rowProps={(i) => ({ 'data-email': i.email, 'data-invitation': String(i.id) })}
      searchLabel={t('team.searchInvitations')}
      empty={filtered ? t('team.noInvitationsFound') : t('team.noInvitations')}
      filters={<RoleFilter id="team-invitations-role" list={list} answer={answer} />}
    />
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
        <FormActions label={t('team.invite')} busy={busy} />
      </form>
    </section>
  );
}
