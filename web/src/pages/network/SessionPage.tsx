import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { networkApi } from '../../api/network';
import type { Session } from '../../api/network';
import { formatDay, formatMoment } from '../../components/dates';
import { generalMessage } from '../../components/formErrors';
import { LoadStatus } from '../../components/LoadStatus';
import { Page } from '../../components/Page';
import { Button } from '../../components/Button';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { ConfirmButton } from '../../components/ConfirmButton';
import { NoticeArea } from '../../components/NoticeArea';
import type { Notice } from '../../components/NoticeArea';
import { brusselsNow, formatSize, placesLeft, sessionWhen } from './logic';
import { Markdown } from './Markdown';
import { Participants } from './Participants';
import { Registration } from './Registration';
import { ReportEditor } from './ReportEditor';
import { SessionForm } from './SessionForm';
import { useSessionChoices } from './SessionsPage';
import { SESSION_TYPE_TEXT } from './texts';
import '../../styles/network.css';

/** `/sessions/:id`: one session; its audience registers and reads the report, organisers manage it. */
export function SessionPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const { state, reload, setData } = useLoad(() => networkApi.session(id ?? ''), [id]);
  // Two frames, not one with `load`: the heading becomes the session's title once it is there, and the
  // new heading takes the focus as it did before.
  if (state.status === 'ready') return <SessionView session={state.data} onChanged={setData} />;
  return (
    <Page className="network-page" title={t('sessions.session')}>
      <LoadStatus state={state} onRetry={reload} />
    </Page>
  );
}

function SessionView({ session, onChanged }: { session: Session; onChanged: (s: Session) => void }) {
  const { t, language } = useI18n();
  const now = brusselsNow();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const choices = useSessionChoices(session.programmeId, session.canManage);
  const navigate = useNavigate();
  const cancelled = session.status === 'cancelled';
  const publishedReport = session.report && session.report.publishedAt ? session.report : null;

  const setPlanned = async (next: 'planned' | 'cancelled') => {
    setNotice(null);
    try {
      onChanged(await networkApi.updateSession(session.id, { status: next }));
      setNotice({ text: next === 'cancelled' ? t('sessions.cancelledSession') : t('sessions.restoredSession'), error: false });
    } catch (e) {
      setNotice({ text: generalMessage(t, e), error: true });
    }
  };

  const sessionsPath = `/programmes/${encodeURIComponent(String(session.programmeId))}/sessions`;
  const remove = async () => {
    setNotice(null);
    try {
      await networkApi.deleteSession(session.id);
      navigate(sessionsPath, { state: { deleted: session.title } });
    } catch (e) {
      setNotice({ text: generalMessage(t, e), error: true });
    }
  };

  return (
    <Page
      className="network-page"
      title={session.title}
      heading={<span id={`session-${session.id}-title`}>{session.title}</span>}
      back={{ to: sessionsPath, label: t('sessions.title') }}
    >
      {cancelled && <p className="notice notice--error">{t('sessions.cancelledNotice')}</p>}
      <section className="card" aria-labelledby="session-details">
        <h2 id="session-details">{t('sessions.details')}</h2>
        <dl className="facts">
          <dt>{t('sessions.form.type')}</dt>
          <dd>{t(SESSION_TYPE_TEXT[session.type])}</dd>
          <dt>{t('sessions.when')}</dt>
          <dd data-testid="when">{sessionWhen(session.startsAt, session.endsAt, (d) => formatDay(d, language))}</dd>
          {(session.venueName || session.address) && (
            <>
              <dt>{t('sessions.where')}</dt>
              <dd>{[session.venueName, session.address].filter(Boolean).join(', ')}</dd>
            </>
          )}
          {session.hostSchool && (
            <>
              <dt>{t('sessions.form.host')}</dt>
              <dd>{session.hostSchool.name}</dd>
            </>
          )}
          <dt>{t('sessions.form.audience')}</dt>
          <dd>
            {session.audience.kind === 'working_group' && session.audience.workingGroupId !== null ? (
              <Link to={`/working-groups/${encodeURIComponent(String(session.audience.workingGroupId))}`}>{t('sessions.workingGroupAudience')}</Link>
            ) : (
              t('sessions.form.wholeProgramme')
            )}
          </dd>
          <dt>{t('sessions.placesTitle')}</dt>
          <dd data-testid="places">
            {t('sessions.places', { registered: session.registered, capacity: session.capacity, left: placesLeft(session) })}
            {session.waitlisted > 0 && ` ${t('sessions.waitlistCount', { count: session.waitlisted })}`}
          </dd>
        </dl>
        {session.description && <p className="session-description">{session.description}</p>}
        {!cancelled && <Registration session={session} now={now} onChanged={onChanged} />}
        <p>
          <a href={session.icsUrl} download>
            {t('sessions.ics')}
          </a>
        </p>
      </section>

      {publishedReport && (
        <section className="card" aria-labelledby="report-title" data-testid="report">
          <h2 id="report-title">{t('sessions.report')}</h2>
          {publishedReport.publishedAt && (
            <p className="muted">{t('sessions.reportPublishedOn', { when: formatMoment(publishedReport.publishedAt, language) })}</p>
          )}
          <Markdown source={publishedReport.body} />
          {session.attachments.length > 0 && (
            <>
              <h3>{t('sessions.attachments')}</h3>
              <ul className="attachments">
                {session.attachments.map((a) => (
                  <li key={a.id}>
                    <a href={a.url}>{a.fileName}</a> <span className="muted">({formatSize(a.size, language)})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      {session.canManage && (
        <>
          <section className="card" aria-labelledby="manage-title">
            <h2 id="manage-title">{t('sessions.manage')}</h2>
            {editing ? (
              <SessionForm
                session={session}
                schools={choices.schools}
                groups={choices.groups}
                onCancel={() => setEditing(false)}
                onSave={async (input) => {
                  onChanged(await networkApi.updateSession(session.id, input));
                  setEditing(false);
                  setNotice({ text: t('sessions.savedSession'), error: false });
                }}
              />
            ) : (
              <div className="form__actions">
                <Button onClick={() => setEditing(true)}>{t('sessions.edit')}</Button>
                {cancelled ? (
                  <Button variant="secondary" onClick={() => setPlanned('planned')}>
                    {t('sessions.restore')}
                  </Button>
                ) : (
                  <Button variant="danger" onClick={() => setPlanned('cancelled')}>
                    {t('sessions.cancelSession')}
                  </Button>
                )}
                <ConfirmButton
                  small={false}
                  danger
                  label={t('sessions.delete')}
                  question={t('sessions.deleteQuestion', { title: session.title })}
                  confirmText={t('sessions.deleteConfirm')}
                  onConfirm={remove}
                />
              </div>
            )}
            <NoticeArea notice={notice} />
          </section>
          <Participants session={session} now={now} />
          <ReportEditor session={session} onChanged={onChanged} />
        </>
      )}
    </Page>
  );
}
