import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { evidenceApi } from '../../api/evidence';
import type { Evidence, EvidenceList } from '../../api/evidence';
import { FormField } from '../../components/FormField';
import { LoadStatus } from '../../components/LoadStatus';
import { NoticeArea } from '../../components/NoticeArea';
import { SchoolPageHeading, useSchoolName } from '../../components/SchoolHeading';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { pick } from '../framework/normalise';
import { DetailsForm } from './DetailsForm';
import { editButtonId, EvidenceItem } from './EvidenceItem';
import { formatSize, quotaShare } from './evidenceLogic';
import { UploadForm } from './UploadForm';
import { useEvidenceFramework } from './useFramework';
import '../../styles/evidence.css';

interface Filter {
  criterion: string;
  q: string;
}

/**
 * `/schools/:orgId/evidence`: the school's evidence library. Members (coordinator, team member) add
 * files and links, edit and remove them; the programme's organisers read and download.
 */
export function EvidencePage() {
  const { t, language } = useI18n();
  const { me } = useSession();
  const { orgId = '' } = useParams();
  const framework = useEvidenceFramework();
  const [filter, setFilter] = useState<Filter>({ criterion: '', q: '' });
  const [draft, setDraft] = useState<Filter>({ criterion: '', q: '' });
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const membership = me?.memberships.find(
    (m) => String(m.organisationId) === orgId && (m.role === 'coordinator' || m.role === 'team_member'),
  );
  // The server checks it again on every call.
  const canWrite = !!membership;

  const { state: load, reload } = useLoad<EvidenceList>(
    () => evidenceApi.list(orgId, { criterion: filter.criterion || undefined, q: filter.q.trim() || undefined }),
    [orgId, filter],
  );

  const schoolName = useSchoolName(orgId);
  const title = t('evidence.title');

  const added = (evidence: Evidence) => {
    setMessage({ text: t('evidence.addedMessage', { title: evidence.title }), error: false });
    reload();
  };

  const applyFilter = (e: FormEvent) => {
    e.preventDefault();
    setFilter({ ...draft });
  };
  const clearFilter = () => {
    setDraft({ criterion: '', q: '' });
    setFilter({ criterion: '', q: '' });
  };

  const startEdit = (id: string, on: boolean) => {
    setEditing(on ? id : null);
    setTimeout(() => document.getElementById(on ? `edit-${id}-title` : editButtonId(id))?.focus(), 0);
  };

  const filtered = filter.criterion !== '' || filter.q.trim() !== '';

  return (
    <div className="evidence-page">
      <SchoolPageHeading title={title} schoolName={schoolName} />
      <p className="lead">{t('evidence.intro')}</p>
      {!canWrite && load.status === 'ready' && <p className="notice">{t('evidence.readOnly')}</p>}

      <NoticeArea notice={message} />

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

      {canWrite && (
        <div className="evidence-add">
          <section className="card" aria-labelledby="evidence-upload">
            <h2 id="evidence-upload">{t('evidence.uploadTitle')}</h2>
            <UploadForm prefix="upload" organisationId={orgId} framework={framework} onUploaded={added} />
          </section>
          <section className="card" aria-labelledby="evidence-link">
            <h2 id="evidence-link">{t('evidence.linkTitle')}</h2>
            <DetailsForm prefix="link" organisationId={orgId} framework={framework} onSaved={added} />
          </section>
        </div>
      )}

      <section aria-labelledby="evidence-list">
        <h2 id="evidence-list" ref={listHeading} tabIndex={-1}>
          {t('evidence.listTitle')}
        </h2>
        <form className="filters" role="search" aria-label={t('evidence.filterLabel')} onSubmit={applyFilter}>
          <div className="field">
            <label htmlFor="evidence-filter-criterion">{t('evidence.filterCriterion')}</label>
            <select
              id="evidence-filter-criterion"
              name="criterion"
              value={draft.criterion}
              onChange={(e) => setDraft({ ...draft, criterion: e.target.value })}
            >
              <option value="">{t('evidence.allCriteria')}</option>
              {(framework?.elements ?? []).map((element) => (
                <optgroup key={element.id} label={`${element.code}. ${pick(element.name, language)}`}>
                  {element.criteria.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.id} {pick(c.name, language)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <FormField id="evidence-filter-q" type="search" label={t('evidence.search')} value={draft.q} onChange={(q) => setDraft({ ...draft, q })} />
          <div className="form__actions">
            <button type="submit" className="button">
              {t('evidence.applyFilter')}
            </button>
            {filtered && (
              <button type="button" className="button button--secondary" onClick={clearFilter}>
                {t('evidence.clearFilter')}
              </button>
            )}
          </div>
        </form>

        <LoadStatus state={load} onRetry={reload} />
        {load.status === 'ready' && (
          <>
            <p className="muted" data-testid="evidence-count">
              {load.data.evidence.length === 0
                ? filtered
                  ? t('evidence.noneFound')
                  : t('evidence.none')
                : t('evidence.count', { count: load.data.evidence.length })}
            </p>
            <ul className="evidence-list">
              {load.data.evidence.map((evidence) => (
                <li key={String(evidence.id)}>
                  <EvidenceItem
                    evidence={evidence}
                    framework={framework}
                    canWrite={canWrite}
                    editing={editing === String(evidence.id)}
                    onEdit={(on) => startEdit(String(evidence.id), on)}
                    onSaved={(saved) => {
                      setMessage({ text: t('evidence.savedMessage', { title: saved.title }), error: false });
                      startEdit(String(saved.id), false);
                      reload();
                    }}
                    onRemoved={(removed) => {
                      setMessage({ text: t('evidence.removedMessage', { title: removed.title }), error: false });
                      reload();
                      listHeading.current?.focus();
                    }}
                    onFailed={(text) => setMessage({ text, error: true })}
                  />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
