import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Evidence, EvidenceList } from '../../api/evidence';
import { CountedFilter } from '../../components/CountedFilter';
import { SelectField } from '../../components/fields';
import { LoadStatus } from '../../components/LoadStatus';
import { formatCount, pageRange } from '../../components/PagedTable';
import { Pagination } from '../../components/Pagination';
import { PAGE_SIZES } from '../../components/usePagedList';
import type { PagedList } from '../../components/usePagedList';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n';
import type { Framework } from '../framework/normalise';
import { pick } from '../framework/normalise';
import { editButtonId, EvidenceItem } from './EvidenceItem';
import { Button } from '../../components/Button';

/** The library's orders, as the server names them (docs/api.md, "Evidence"), with their texts. */
export const EVIDENCE_SORTS: { value: string; label: MessageKey }[] = [
  { value: '-createdAt', label: 'evidence.sort.newest' },
  { value: 'createdAt', label: 'evidence.sort.oldest' },
  { value: '-updatedAt', label: 'evidence.sort.changed' },
  { value: 'title', label: 'evidence.sort.title' },
];

/** The answer after `saved` replaced its row, or `removed` left the page (and the quota). */
export function withSaved(list: EvidenceList, saved: Evidence): EvidenceList {
  return { ...list, evidence: list.evidence.map((e) => (String(e.id) === String(saved.id) ? saved : e)) };
}
export function withoutRemoved(list: EvidenceList, removed: Evidence): EvidenceList {
  const total = Math.max(0, list.total - 1);
  return {
    ...list,
    evidence: list.evidence.filter((e) => String(e.id) !== String(removed.id)),
    total,
    quota: { ...list.quota, used: Math.max(0, list.quota.used - (removed.size ?? 0)) },
  };
}

/**
 * The library's list, paged, searched, sorted and filtered (kind, key element, criterion, each option with
 * its count) by the server. An edit or a removal changes its own row in place; nothing is read again.
 */
export function EvidenceLibrary({
  list,
  framework,
  canWrite,
  onMessage,
}: {
  list: PagedList<EvidenceList>;
  framework: Framework | null;
  canWrite: boolean;
  onMessage: (text: string, error: boolean) => void;
}) {
  const { t, language } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const filters = list.query.filters;
  const filtered = list.query.q !== '' || Object.values(filters).some((v) => v !== '');

  const startEdit = (id: string, on: boolean) => {
    setEditing(on ? id : null);
    setTimeout(() => document.getElementById(on ? `edit-${id}-title` : editButtonId(id))?.focus(), 0);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    list.searchNow(list.searchText);
  };
  const clear = () => {
    list.search('');
    list.searchNow('');
    for (const name of Object.keys(filters)) list.setFilter(name, '');
  };
  const answer = list.state.status === 'ready' ? list.state.data : null;
  const counts = answer?.counts;
  const withCount = (text: string, n: number | undefined) => t('paging.optionCount', { option: text, count: formatCount(language, n ?? 0) });

  return (
    <section aria-labelledby="evidence-list">
      <h2 id="evidence-list" ref={listHeading} tabIndex={-1}>
        {t('evidence.listTitle')}
      </h2>
      <div className="filters">
        <form className="field paged__search" role="search" aria-label={t('evidence.filterLabel')} onSubmit={submit}>
          <label htmlFor="evidence-filter-q">{t('evidence.search')}</label>
          <div className="inline-form">
            <input
              id="evidence-filter-q"
              type="search"
              value={list.searchText}
              onChange={(e) => list.search(e.target.value)}
              maxLength={200}
            />
            <Button type="submit" variant="secondary">
              {t('evidence.applyFilter')}
            </Button>
          </div>
        </form>
        <CountedFilter
          id="evidence-filter-kind"
          label={t('evidence.kind')}
          value={filters.kind ?? ''}
          onChange={(v) => list.setFilter('kind', v)}
          counts={counts?.kind ?? {}}
          options={[
            { value: 'file', label: t('evidence.kindFile') },
            { value: 'link', label: t('evidence.kindLink') },
          ]}
        />
        <CountedFilter
          id="evidence-filter-element"
          label={t('evidence.filterElement')}
          value={filters.element ?? ''}
          onChange={(v) => list.setFilter('element', v)}
          counts={counts?.element ?? {}}
          allLabel={t('evidence.allElements')}
          options={(framework?.elements ?? []).map((el) => ({ value: el.id, label: `${el.code}. ${pick(el.name, language)}` }))}
        />
        <div className="field field--inline">
          <label htmlFor="evidence-filter-criterion">{t('evidence.filterCriterion')}</label>
          <select id="evidence-filter-criterion" value={filters.criterion ?? ''} onChange={(e) => list.setFilter('criterion', e.target.value)}>
            <option value="">{t('evidence.allCriteria')}</option>
            {(framework?.elements ?? []).map((element) => (
              <optgroup key={element.id} label={`${element.code}. ${pick(element.name, language)}`}>
                {element.criteria.map((c) => (
                  <option key={c.id} value={c.id}>
                    {withCount(`${c.id} ${pick(c.name, language)}`, counts?.criterion[c.id])}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <SelectField
          id="evidence-sort"
          inline
          label={t('evidence.sortLabel')}
          value={list.query.sort}
          onChange={list.setSort}
          options={EVIDENCE_SORTS.map((s) => ({ value: s.value, label: t(s.label) }))}
        />
        {filtered && (
          <Button variant="secondary" onClick={clear}>
            {t('evidence.clearFilter')}
          </Button>
        )}
      </div>

      {list.state.status !== 'ready' ? (
        <LoadStatus state={list.state} onRetry={list.reload} />
      ) : (
        <>
          <p className="muted" data-testid="evidence-count" aria-live="polite">
            {list.state.data.total === 0
              ? filtered
                ? t('evidence.noneFound')
                : t('evidence.none')
              : `${t('evidence.count', { count: list.state.data.total })} · ${pageRange(t, language, list.state.data, list.state.data.evidence.length)}`}
          </p>
          <ul className="evidence-list">
            {list.state.data.evidence.map((evidence) => (
              <li key={String(evidence.id)}>
                <EvidenceItem
                  evidence={evidence}
                  framework={framework}
                  canWrite={canWrite}
                  editing={editing === String(evidence.id)}
                  onEdit={(on) => startEdit(String(evidence.id), on)}
                  onSaved={(saved) => {
                    onMessage(t('evidence.savedMessage', { title: saved.title }), false);
                    list.update((data) => withSaved(data, saved));
                    startEdit(String(saved.id), false);
                  }}
                  onRemoved={(removed) => {
                    onMessage(t('evidence.removedMessage', { title: removed.title }), false);
                    list.update((data) => withoutRemoved(data, removed));
                    listHeading.current?.focus();
                  }}
                  onFailed={(text) => onMessage(text, true)}
                />
              </li>
            ))}
          </ul>
          <div className="paged__footer">
            <SelectField
              id="evidence-size"
              inline
              label={t('paging.size')}
              value={String(list.query.size)}
              onChange={(v) => list.setSize(Number(v))}
              options={PAGE_SIZES.map((n) => ({ value: String(n), label: String(n) }))}
            />
          </div>
          <Pagination
            label={t('paging.pages', { list: t('evidence.listTitle') })}
            page={list.state.data.page}
            pages={list.state.data.pages}
            onPage={list.setPage}
          />
        </>
      )}
    </section>
  );
}
