import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { evidenceApi } from '../../api/evidence';
import type { Evidence, EvidenceList } from '../../api/evidence';
import { NoticeArea } from '../../components/NoticeArea';
import { Page } from '../../components/Page';
import { useSchoolName } from '../../components/SchoolHeading';
import { SchoolNav } from '../../components/SchoolNav';
import { pageParams, usePagedList } from '../../components/usePagedList';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { AddEvidence } from './AddEvidence';
import { EvidenceLibrary } from './EvidenceLibrary';
import { formatSize, quotaShare } from './evidenceLogic';
import { useEvidenceFramework } from './useFramework';
import '../../styles/evidence.css';

/**
 * `/schools/:orgId/evidence`: the school's evidence library. Members (coordinator, team member) add
 * files and links (each form opens on demand, AddEvidence), edit and remove them; the programme's
 * organisers read and download. The page starts with the library, paged, searched and filtered by the
 * server (EvidenceLibrary); the storage used comes after it.
 */
export function EvidencePage() {
  const { t, language } = useI18n();
  const { me } = useSession();
  const { orgId = '' } = useParams();
  const framework = useEvidenceFramework();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const membership = me?.memberships.find(
    (m) => String(m.organisationId) === orgId && (m.role === 'coordinator' || m.role === 'team_member'),
  );
  // The server checks it again on every call.
  const canWrite = !!membership;

  const list = usePagedList<EvidenceList>(
    (query) => evidenceApi.list(orgId, pageParams(query)),
    { sort: '-createdAt', size: 20, filters: { kind: '', element: '', criterion: '' } },
    [orgId],
  );
  const load = list.state;

  const schoolName = useSchoolName(orgId);
  const title = t('evidence.title');

  // A new row: the list is read again, so it shows at its place in the order.
  const added = (evidence: Evidence) => {
    setMessage({ text: t('evidence.addedMessage', { title: evidence.title }), error: false });
    list.reload();
  };

  return (
    <Page title={title} about={schoolName} nav={<SchoolNav organisationId={orgId} schoolName={schoolName} />} className="evidence-page">
      <p className="lead">{t('evidence.intro')}</p>
      {!canWrite && load.status === 'ready' && <p className="notice">{t('evidence.readOnly')}</p>}

      <NoticeArea notice={message} />

      {canWrite && <AddEvidence organisationId={orgId} framework={framework} onAdded={added} />}

      <EvidenceLibrary list={list} framework={framework} canWrite={canWrite} onMessage={(text, error) => setMessage({ text, error })} />

      {load.status === 'ready' && (
        <section className="card quota" aria-labelledby="evidence-quota">
          <h2 id="evidence-quota">{t('evidence.quotaTitle')}</h2>
          <div className="quota__bar">
            <label htmlFor="evidence-quota-meter">{t('evidence.quotaLabel')}</label>
            <meter
              id="evidence-quota-meter"
              min={0}
              max={1}
              low={0.8}
              high={0.95}
              optimum={0}
              value={quotaShare(load.data.quota.used, load.data.quota.limit)}
              aria-describedby="evidence-quota-text"
            />
            <span id="evidence-quota-text" data-testid="quota-text">
              {t('evidence.quotaText', {
                used: formatSize(load.data.quota.used, language),
                limit: formatSize(load.data.quota.limit, language),
                free: formatSize(Math.max(0, load.data.quota.limit - load.data.quota.used), language),
              })}
            </span>
          </div>
        </section>
      )}

      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}
