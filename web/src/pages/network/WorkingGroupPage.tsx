import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api';
import { networkApi } from '../../api/network';
import type { Id, WorkingGroup } from '../../api/network';
import { formatDay } from '../../components/dates';
import { DataTable } from '../../components/DataTable';
import { generalMessage } from '../../components/formErrors';
import { LoadStatus } from '../../components/LoadStatus';
import { Page } from '../../components/Page';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { AddMember } from './AddMember';
import { addableSchools, sessionWhen } from './logic';
import { RenameGroup } from './RenameGroup';
import { useIsOrganiser } from './SessionsPage';
import { GROUP_STATUS_TEXT, MEMBER_KIND_TEXT } from './texts';
import '../../styles/network.css';
import { StatusTag } from '../../components/StatusTag';
import { NoticeArea } from '../../components/NoticeArea';
import type { Notice } from '../../components/NoticeArea';

/** `/working-groups/:id`: a group's members and sessions; organisers change members and close it. */
export function WorkingGroupPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const { state, reload, setData } = useLoad(() => networkApi.workingGroup(id ?? ''), [id]);
  // Two frames, not one with `load`: the heading becomes the group's title once it is there, and the
  // new heading takes the focus as it did before.
  if (state.status === 'ready') return <GroupView group={state.data} onChanged={setData} />;
  return (
    <Page className="network-page" title={t('workingGroups.group')}>
      <LoadStatus state={state} onRetry={reload} />
    </Page>
  );
}

function GroupView({ group, onChanged }: { group: WorkingGroup; onChanged: (g: WorkingGroup) => void }) {
  const { t, language } = useI18n();
  const organiser = useIsOrganiser(group.programmeId);
  const [schools, setSchools] = useState<{ id: Id; name: string }[]>([]);
  const [companies, setCompanies] = useState<{ id: Id; name: string }[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  // The organisations that may be added: the programme's schools (from its progress) and companies.
  useEffect(() => {
    if (!organiser) return;
    let live = true;
    api.progress(group.programmeId).then(
      (p) => live && setSchools(p.rows.map((r) => ({ id: r.organisationId, name: r.name }))),
      () => undefined,
    );
    networkApi.programmeCompanies(group.programmeId).then(
      (c) => live && setCompanies(c.companies),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [organiser, group.programmeId]);

  const run = async (work: () => Promise<WorkingGroup>, done: string) => {
    setBusy(true);
    setNotice(null);
    try {
      onChanged(await work());
      setNotice({ text: done, error: false });
    } catch (e) {
      setNotice({ text: generalMessage(t, e), error: true });
    } finally {
      setBusy(false);
    }
  };

  const closed = group.status === 'closed';
  return (
    <Page
      className="network-page"
      title={group.title}
      back={
        organiser
          ? { to: `/organiser/programmes/${encodeURIComponent(String(group.programmeId))}/working-groups`, label: t('workingGroups.title') }
          : null
      }
    >
      <p>
        <StatusTag tone={closed ? 'neutral' : 'done'} testId="group-status">
          {t(GROUP_STATUS_TEXT[group.status])}
        </StatusTag>
      </p>
      {group.description && <p className="lead">{group.description}</p>}

      <section className="card" aria-labelledby="members-title">
        <h2 id="members-title">{t('workingGroups.members')}</h2>
        {group.members.length === 0 ? (
          <EmptyState>{t('workingGroups.noMembers')}</EmptyState>
        ) : (
          <DataTable
            caption={t('workingGroups.members')}
            rows={group.members}
            rowKey={(m) => m.organisationId}
            rowProps={(m) => ({ 'data-member': m.name })}
            columns={[
              { title: t('workingGroups.organisation'), rowHeader: true, cell: (m) => m.name },
              { title: t('workingGroups.kind'), cell: (m) => t(MEMBER_KIND_TEXT[m.kind]) },
              ...(organiser
                ? [
                    {
                      title: t('workingGroups.actions'),
                      cell: (m: WorkingGroup['members'][number]) => (
                        <Button
                          variant="secondary"
                          size="small"
                          disabled={busy}
                          onClick={() =>
                            run(async () => {
                              await networkApi.removeMember(group.id, m.organisationId);
                              return networkApi.workingGroup(group.id);
                            }, t('workingGroups.memberRemoved', { name: m.name }))
                          }
                        >
                          {t('workingGroups.removeMember')}{' '}
                          <span className="visually-hidden">{m.name}</span>
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
        {organiser && (
          <>
            <AddMember
              id="add-member"
              label={t('workingGroups.addSchool')}
              kindText={t('workingGroups.kind.school')}
              candidates={addableSchools(schools, group.members)}
              busy={busy}
              onAdd={(org) => run(() => networkApi.addMember(group.id, org), t('workingGroups.memberAdded'))}
            />
            <AddMember
              id="add-company"
              label={t('workingGroups.addCompany')}
              kindText={t('workingGroups.kind.company')}
              candidates={addableSchools(companies, group.members)}
              busy={busy}
              onAdd={(org) => run(() => networkApi.addMember(group.id, org), t('workingGroups.memberAdded'))}
            />
          </>
        )}
      </section>

      <section className="card" aria-labelledby="group-sessions-title">
        <h2 id="group-sessions-title">{t('workingGroups.sessions')}</h2>
        {group.sessions.length === 0 ? (
          <EmptyState>{t('workingGroups.noSessions')}</EmptyState>
        ) : (
          <ul>
            {group.sessions.map((s) => (
              <li key={s.id}>
                <Link to={`/sessions/${encodeURIComponent(String(s.id))}`}>{s.title}</Link>{' '}
                <span className="muted">
                  ({s.endsAt ? sessionWhen(s.startsAt, s.endsAt, (d) => formatDay(d, language)) : `${formatDay(s.startsAt.slice(0, 10), language)}, ${s.startsAt.slice(11, 16)}`})
                </span>
                {s.status === 'cancelled' && (
                  <>
                    {' '}
                    <StatusTag tone="problem">{t('sessions.cancelled')}</StatusTag>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to={`/programmes/${encodeURIComponent(String(group.programmeId))}/sessions`}>{t('sessions.link')}</Link>
        </p>
      </section>

      {organiser && (
        <section className="card" aria-labelledby="group-manage-title">
          <h2 id="group-manage-title">{t('workingGroups.manage')}</h2>
          <RenameGroup
            key={group.title}
            title={group.title}
            busy={busy}
            onRename={(title) => run(() => networkApi.updateGroup(group.id, { title }), t('workingGroups.renamed', { title }))}
          />
          <Button
            variant={closed ? 'primary' : 'danger'}
            disabled={busy}
            onClick={() =>
              run(
                () => networkApi.updateGroup(group.id, { status: closed ? 'open' : 'closed' }),
                closed ? t('workingGroups.reopened') : t('workingGroups.closedNow'),
              )
            }
          >
            {closed ? t('workingGroups.reopen') : t('workingGroups.close')}
          </Button>
        </section>
      )}
      <NoticeArea notice={notice} />
    </Page>
  );
}
