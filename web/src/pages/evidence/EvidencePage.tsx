import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api';
import { evidenceApi } from '../../api/evidence';
import type { Evidence, EvidenceList } from '../../api/evidence';
import { FormField } from '../../components/FormField';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { generalMessage } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { pick } from '../framework/normalise';
import { DetailsForm } from './DetailsForm';
import { editButtonId, EvidenceItem } from './EvidenceItem';
import { formatSize, quotaShare } from './evidenceLogic';
import { UploadForm } from './UploadForm';
import { useEvidenceFramework } from './useFramework';
import '../../styles/evidence.css';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; list: EvidenceList };

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
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [filter, setFilter] = useState<Filter>({ criterion: '', q: '' });
  const [draft, setDraft] = useState<Filter>({ criterion: '', q: '' });
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [fetchedName, setFetchedName] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const membership = me?.memberships.find(
    (m) => String(m.organisationId) === orgId && (m.role === 'coordinator' || m.role === 'team_member'),
  );
  // The server checks it again on every call.
  const canWrite = !!membership;

  useEffect(() => {
    let live = true;
    evidenceApi.list(orgId, { criterion: filter.criterion || undefined, q: filter.q.trim() || undefined }).then(
      (list) => live && setLoad({ status: 'ready', list }),
      (error) => live && setLoad({ status: 'error', message: generalMessage(t, error) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [orgId, filter, attempt]);

  useEffect(() => {
    if (membership) return;
    // An organiser: the school's name comes from the organisation itself.
    let live = true;
    api.organisation(orgId).then(
      (organisation) => live && setFetchedName(organisation.name),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [membership, orgId]);

  const reload = () => setAttempt((a) => a + 1);
  const schoolName = membership?.organisationName ?? fetchedName;
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
      <PageHeading title={schoolName ? `${title} – ${schoolName}` : title}>
        {title}
        {schoolName && (
          <>
            <span className="visually-hidden"> – </span>
            <span className="page-heading__sub">{schoolName}</span>
          </>
        )}
      </PageHeading>
      <p className="lead">{t('evidence.intro')}</p>
      {!canWrite && load.status === 'ready' && <p className="notice">{t('evidence.readOnly')}</p>}

      <div role="status" className="live">
        {message && !message.error && <p className="notice notice--ok">{message.text}</p>}
      </div>
      {message?.error && (
        <p className="notice notice--error" role="alert">
          {message.text}
        </p>
      )}

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
              value={quotaShare(load.list.quota.used, load.list.quota.limit)}
              aria-describedby="evidence-quota-text"
            />
            <span id="evidence-quota-text" data-testid="quota-text">
              {t('evidence.quotaText', {
                used: formatSize(load.list.quota.used, language),
                limit: formatSize(load.list.quota.limit, language),
                free: formatSize(Math.max(0, load.list.quota.limit - load.list.quota.used), language),
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

        {load.status === 'loading' && <Loading />}
        {load.status === 'error' && (
          <>
            <p className="notice notice--error" role="alert">
              {load.message}
            </p>
            <button type="button" className="button" onClick={reload}>
              {t('common.retry')}
            </button>
          </>
        )}
        {load.status === 'ready' && (
          <>
            <p className="muted" data-testid="evidence-count">
              {load.list.evidence.length === 0
                ? filtered
                  ? t('evidence.noneFound')
                  : t('evidence.none')
                : t('evidence.count', { count: load.list.evidence.length })}
            </p>
            <ul className="evidence-list">
              {load.list.evidence.map((evidence) => (
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
