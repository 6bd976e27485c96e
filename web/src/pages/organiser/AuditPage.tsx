import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api';
import type { AuditPage as AuditAnswer, AuditActor, Programme } from '../../api';
import { FormField } from '../../components/FormField';
import { LoadStatus } from '../../components/LoadStatus';
import { useLoad } from '../../components/useLoad';
import { SelectField } from '../../components/fields';
import { formatMoment, isoMoment } from '../../components/dates';
import { useI18n } from '../../i18n';
import { OrganiserFrame } from './OrganiserFrame';
import { TableWrap } from '../../components/TableWrap';

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
          <button type="submit" className="button">
            {t('progress.apply')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setDraft({ action: '', actor: '' });
              setParams({});
            }}
          >
            {t('progress.reset')}
          </button>
        </div>
      </form>

      <LoadStatus state={load} onRetry={reload} />
      {load.status === 'ready' && (
        <>
          {load.data.entries.length === 0 ? (
            <p>{t('audit.empty')}</p>
          ) : (
            <TableWrap label={t('audit.caption')}>
              <table className="table audit">
                <caption>{t('audit.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.when')}</th>
                    <th scope="col">{t('audit.actor')}</th>
                    <th scope="col">{t('audit.action')}</th>
                    <th scope="col">{t('audit.object')}</th>
                    <th scope="col">{t('audit.change')}</th>
                  </tr>
                </thead>
                <tbody>
                  {load.data.entries.map((entry) => {
                    const before = prettyJson(entry.before);
                    const after = prettyJson(entry.after);
                    return (
                      <tr key={entry.id}>
                        <td>
                          <time dateTime={isoMoment(entry.createdAt)}>{formatMoment(entry.createdAt, language)}</time>
                        </td>
                        <td>{entry.actorName ?? t('audit.system')}</td>
                        <td>
                          <code>{entry.action}</code>
                        </td>
                        <td>
                          {entry.objectType}
                          {entry.objectId !== null && entry.objectId !== undefined ? ` #${entry.objectId}` : ''}
                        </td>
                        <td>
                          {before || after ? (
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
                          ) : (
                            '–'
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableWrap>
          )}
          <nav className="pagination" aria-label={t('audit.pages')}>
            <button
              type="button"
              className="button button--secondary"
              disabled={load.data.page <= 1}
              onClick={() => go({ action, actor, page: load.data.page - 1 })}
            >
              {t('audit.previous')}
            </button>
            <span>{t('audit.pageOf', { page: load.data.page, pages: Math.max(1, load.data.pages) })}</span>
            <button
              type="button"
              className="button button--secondary"
              disabled={load.data.page >= load.data.pages}
              onClick={() => go({ action, actor, page: load.data.page + 1 })}
            >
              {t('audit.next')}
            </button>
          </nav>
        </>
      )}
    </div>
  );
}
