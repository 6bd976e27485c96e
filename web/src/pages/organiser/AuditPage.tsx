import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api';
import type { AuditPage as AuditAnswer, AuditActor, Programme } from '../../api';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { FormField } from '../../components/FormField';
import { LoadStatus } from '../../components/LoadStatus';
import { useLoad } from '../../components/useLoad';
import { SelectField } from '../../components/fields';
import { formatMoment, isoMoment } from '../../components/dates';
import { useI18n } from '../../i18n';
import { OrganiserFrame } from './OrganiserFrame';
import { personName } from '../../components/personName';

export function AuditPage() {
  const { t } = useI18n();
  return <OrganiserFrame title={t('audit.title')}>{(programme) => <AuditLog programme={programme} />}</OrganiserFrame>;
}

/** JSON (as text or as a value) shown readably; nothing for an empty value. */
export function prettyJson(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') {
    try {
      return JSON.stringify(JSON.parse(value), null, 2);
    } catch {
      return value;
    }
  }
  return JSON.stringify(value, null, 2);
}

function AuditLog({ programme }: { programme: Programme }) {
  const { t, language } = useI18n();
  const [params, setParams] = useSearchParams();
  const action = params.get('action') ?? '';
  const actor = params.get('actor') ?? '';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const [draft, setDraft] = useState({ action, actor });
  // The actor filter's choices come with each page; kept while the next page loads.
  const [people, setPeople] = useState<AuditActor[]>([]);

  const { state: load, reload } = useLoad<AuditAnswer>(
    () => api.audit(programme.id, { action, actor, page }),
    [programme.id, action, actor, page],
    { showLoading: true },
  );
  useEffect(() => {
    if (load.status === 'ready') setPeople(load.data.actors);
  }, [load]);

  const go = (next: { action: string; actor: string; page: number }) => {
    const p: Record<string, string> = {};
    if (next.action.trim()) p.action = next.action.trim();
    if (next.actor.trim()) p.actor = next.actor.trim();
    if (next.page > 1) p.page = String(next.page);
    setParams(p);
  };

  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    go({ ...draft, page: 1 });
  };

  return (
    <div>
      <form className="filters" role="search" aria-label={t('audit.filterLabel')} onSubmit={apply}>
        <FormField id="audit-action" label={t('audit.action')} hint={t('audit.actionHint')} value={draft.action} onChange={(v) => setDraft((d) => ({ ...d, action: v }))} />
        <SelectField
          id="audit-actor"
          label={t('audit.actor')}
          value={draft.actor}
          onChange={(v) => setDraft((d) => ({ ...d, actor: v }))}
          placeholder={t('audit.everyone')}
          options={[
            ...people.map((m) => ({ value: String(m.id), label: m.name })),
            ...(draft.actor && !people.some((m) => String(m.id) === draft.actor)
              ? [{ value: draft.actor, label: `#${draft.actor}` }]
              : []),
          ]}
        />
        <div className="form__actions">
          <Button type="submit">{t('progress.apply')}</Button>
          <Button
            variant="secondary"
            onClick={() => {
              setDraft({ action: '', actor: '' });
              setParams({});
            }}
          >
            {t('progress.reset')}
          </Button>
        </div>
      </form>

      <LoadStatus state={load} onRetry={reload} />
      {load.status === 'ready' && (
        <>
          {load.data.entries.length === 0 ? (
            <EmptyState>{t('audit.empty')}</EmptyState>
          ) : (
            <DataTable
              caption={t('audit.caption')}
              showCaption
              className="table audit"
              rows={load.data.entries}
              rowKey={(entry) => entry.id}
              columns={[
                {
                  title: t('audit.when'),
                  cell: (entry) => <time dateTime={isoMoment(entry.createdAt)}>{formatMoment(entry.createdAt, language)}</time>,
                },
                { title: t('audit.actor'), cell: (entry) => personName(t, entry.actorName) ?? t('audit.system') },
                { title: t('audit.action'), cell: (entry) => <code>{entry.action}</code> },
                {
                  title: t('audit.object'),
                  cell: (entry) => (
                    <>
                      {entry.objectType}
                      {entry.objectId !== null && entry.objectId !== undefined ? ` #${entry.objectId}` : ''}
                    </>
                  ),
                },
                { title: t('audit.change'), cell: (entry) => <AuditChange before={prettyJson(entry.before)} after={prettyJson(entry.after)} /> },
              ]}
            />
          )}
          <nav className="pagination" aria-label={t('audit.pages')}>
            <Button variant="secondary" disabled={load.data.page <= 1} onClick={() => go({ action, actor, page: load.data.page - 1 })}>
              {t('audit.previous')}
            </Button>
            <span>{t('audit.pageOf', { page: load.data.page, pages: Math.max(1, load.data.pages) })}</span>
            <Button
              variant="secondary"
              disabled={load.data.page >= load.data.pages}
              onClick={() => go({ action, actor, page: load.data.page + 1 })}
            >
              {t('audit.next')}
            </Button>
          </nav>
        </>
      )}
    </div>
  );
}

/** An entry's before and after, folded away; a dash when the entry carries neither. */
function AuditChange({ before, after }: { before: string; after: string }) {
  const { t } = useI18n();
  if (!before && !after) return '–';
  return (
    <details>
      <summary>{t('audit.showChange')}</summary>
      {before && (
        <>
          <p className="audit__label">{t('audit.before')}</p>
          <pre>{before}</pre>
        </>
      )}
      {after && (
        <>
          <p className="audit__label">{t('audit.after')}</p>
          <pre>{after}</pre>
        </>
      )}
    </details>
  );
}
