import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api';
import { networkApi, RESOURCE_KINDS } from '../../api/network';
import type { Resource } from '../../api/network';
import { SelectField } from '../../components/fields';
import { generalMessage } from '../../components/formErrors';
import { LoadStatus } from '../../components/LoadStatus';
import { Page } from '../../components/Page';
import { EmptyState } from '../../components/EmptyState';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { useCriteria } from '../label/useCriteria';
import { ConfirmButton } from '../../components/ConfirmButton';
import { filterFromSearch, searchFromFilter, withFilter } from './logic';
import { PlaybookRequests } from './PlaybookRequests';
import { ResourceForm } from './ResourceForm';
import { RESOURCE_KIND_TEXT } from './texts';
import '../../styles/network.css';
import { Button } from '../../components/Button';

/** The first framework's id and version: the element and criterion filters use its names. */
function useDefaultFramework() {
  const [framework, setFramework] = useState<{ id: string; version: string } | null>(null);
  useEffect(() => {
    let live = true;
    api.frameworks().then(
      (list) => {
        const first = list.frameworks[0];
        if (live && first) setFramework({ id: first.id, version: String(first.version) });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return framework;
}

/** `/resources`: search and filter (from the URL query) the network's resources; organisers add and edit them. */
export function ResourcesPage() {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const filter = filterFromSearch(search);
  const key = searchFromFilter(filter).toString();
  const { state, reload } = useLoad(() => networkApi.resources(filter), [key]);
  const { me } = useSession();
  const organiser = (me?.memberships ?? []).some((m) => m.organisationKind === 'organiser' && m.role === 'organiser');
  const framework = useDefaultFramework();
  const criteriaMap = useCriteria(framework?.id ?? null, framework?.version ?? null);
  const criteria = [...criteriaMap.values()].map((c) => ({ id: c.id, name: c.name }));
  const elements: { id: string; name: string }[] = [];
  for (const c of criteriaMap.values()) {
    if (c.elementId && !elements.some((e) => e.id === c.elementId)) elements.push({ id: c.elementId, name: c.elementName ?? c.elementId });
  }
  const names = (ids: string[], list: { id: string; name: string }[]) => ids.map((id) => list.find((x) => x.id === id)?.name ?? id).join('; ');

  const [q, setQ] = useState(filter.q ?? '');
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const remove = async (r: Resource) => {
    setError(null);
    try {
      await networkApi.deleteResource(r.id);
      setStatus(t('resources.deleted', { title: r.title }));
      reload();
    } catch (e) {
      setError(generalMessage(t, e));
    }
  };

  const change = (k: 'element' | 'criterion' | 'kind', value: string) =>
    setSearch(searchFromFilter(withFilter(filter, k, value, (id) => criteriaMap.get(id)?.elementId ?? null)));
  const submitSearch = (e: FormEvent) => {
    e.preventDefault();
    setSearch(searchFromFilter(withFilter(filter, 'q', q, () => null)));
  };
  const visibleCriteria = filter.element ? [...criteriaMap.values()].filter((c) => c.elementId === filter.element).map((c) => ({ id: c.id, name: c.name })) : criteria;

  const title = t('resources.title');
  return (
    <Page title={title} className="network-page">
      <p className="lead">{t('resources.intro')}</p>
      <form role="search" className="filters" onSubmit={submitSearch} aria-label={t('resources.searchLabel')}>
        <div className="field field--inline">
          <label htmlFor="resource-q">{t('resources.search')}</label>
          <input id="resource-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
          <Button type="submit">
            {t('resources.searchButton')}
          </Button>
        </div>
        <SelectField inline id="resource-element" label={t('resources.element')} value={filter.element ?? ''} onChange={(v) => change('element', v)} placeholder={t('resources.any')} options={elements.map((e) => ({ value: e.id, label: e.name }))} />
        <SelectField inline id="resource-criterion" label={t('resources.criterion')} value={filter.criterion ?? ''} onChange={(v) => change('criterion', v)} placeholder={t('resources.any')} options={visibleCriteria.map((c) => ({ value: c.id, label: c.name }))} />
        <SelectField inline id="resource-kind" label={t('resources.kind')} value={filter.kind ?? ''} onChange={(v) => change('kind', v)} placeholder={t('resources.any')} options={RESOURCE_KINDS.map((k) => ({ value: k, label: t(RESOURCE_KIND_TEXT[k]) }))} />
      </form>

      {organiser &&
        (adding ? (
          <section className="card">
            <ResourceForm
              elements={elements}
              criteria={criteria}
              onCancel={() => setAdding(false)}
              onSave={async (input, file) => {
                let created = await networkApi.createResource(input);
                if (file) created = await networkApi.uploadResourceFile(created.id, file, file.name);
                setAdding(false);
                setStatus(t('resources.added', { title: created.title }));
                reload();
              }}
            />
          </section>
        ) : (
          <p>
            <Button onClick={() => setAdding(true)}>
              {t('resources.add')}
            </Button>
          </p>
        ))}
      <p role="status">{status}</p>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}

      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && (
        <section aria-labelledby="resource-results">
          <h2 id="resource-results">{t('resources.results', { count: state.data.resources.length })}</h2>
          {state.data.resources.length === 0 ? (
            <EmptyState>{t('resources.none')}</EmptyState>
          ) : (
            <ul className="resource-list" data-testid="resources">
              {state.data.resources.map((r: Resource) =>
                editing === String(r.id) ? (
                  <li key={r.id} className="card">
                    <ResourceForm
                      resource={r}
                      elements={elements}
                      criteria={criteria}
                      onCancel={() => setEditing(null)}
                      onSave={async (input, file) => {
                        let saved = await networkApi.updateResource(r.id, input);
                        if (file) saved = await networkApi.uploadResourceFile(r.id, file, file.name);
                        setEditing(null);
                        setStatus(t('resources.saved', { title: saved.title }));
                        reload();
                      }}
                    />
                  </li>
                ) : (
                  <li key={r.id} className="card resource" data-resource={r.title}>
                    <h3>
                      <a href={r.downloadUrl ?? r.url ?? '#'} rel="noopener noreferrer">
                        {r.title}
                      </a>
                    </h3>
                    <p className="muted">
                      {t(RESOURCE_KIND_TEXT[r.kind])}
                      {!r.published && ` · ${t('resources.unpublished')}`}
                    </p>
                    {r.description && <p>{r.description}</p>}
                    {(r.elementIds.length > 0 || r.criterionIds.length > 0) && (
                      <p className="muted">{[names(r.elementIds, elements), names(r.criterionIds, criteria)].filter(Boolean).join(' · ')}</p>
                    )}
                    {organiser && (
                      <div className="actions actions--tight">
                        <Button variant="secondary" size="small" onClick={() => setEditing(String(r.id))}>
                          {t('resources.edit')}{' '}
                          <span className="visually-hidden">{r.title}</span>
                        </Button>
                        <ConfirmButton
                          danger
                          label={
                            <>
                              {t('resources.delete')} <span className="visually-hidden">{r.title}</span>
                            </>
                          }
                          question={t('resources.deleteQuestion', { title: r.title })}
                          confirmText={t('resources.deleteConfirm')}
                          onConfirm={() => remove(r)}
                        />
                      </div>
                    )}
                  </li>
                ),
              )}
            </ul>
          )}
        </section>
      )}
      {organiser && <PlaybookRequests />}
    </Page>
  );
}
