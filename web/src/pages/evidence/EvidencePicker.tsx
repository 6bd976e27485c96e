import { useEffect, useState } from 'react';
import { evidenceApi } from '../../api/evidence';
import type { Evidence } from '../../api/evidence';
import { Loading } from '../../components/Loading';
import { SEARCH_DELAY_MS } from '../../components/usePagedList';
import { useI18n } from '../../i18n';
import { Button } from '../../components/Button';

/** Rows shown per group: the library is searched on the server, never read whole. */
export const PICKER_SIZE = 20;

type Found =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; tagged: Evidence[]; other: Evidence[]; total: number };

/**
 * Choosing evidence of a school's library: a search box (sent to the server a moment after typing) and the
 * matching rows as checkboxes, checked when chosen. With `criterionId`, the rows tagged with that criterion
 * come first in a group of their own. Only the first rows of a search are shown, with a note that
 * searching finds the others. `chosenItems` (when given) lists what is chosen, found or not, each with a
 * button to leave it out again.
 */
export function EvidencePicker({
  id,
  organisationId,
  legend,
  hint,
  error,
  criterionId,
  chosen,
  chosenItems,
  onToggle,
  emptyText,
  withKind = true,
}: {
  id: string;
  organisationId: string | number;
  legend: string;
  hint?: string;
  error?: string;
  criterionId?: string;
  chosen: ReadonlySet<string>;
  chosenItems?: { id: string | number; title: string }[];
  onToggle: (evidence: Pick<Evidence, 'id' | 'title'> & Partial<Evidence>, on: boolean) => void;
  /** Shown when the library has no evidence at all. */
  emptyText: string;
  /** "(File)" / "(Link)" after each title. */
  withKind?: boolean;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Found>({ status: 'loading' });

  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    let live = true;
    const tagged = criterionId ? evidenceApi.list(organisationId, { q, size: PICKER_SIZE, criterion: criterionId }) : Promise.resolve(null);
    Promise.all([tagged, evidenceApi.list(organisationId, { q, size: PICKER_SIZE })]).then(
      ([withCriterion, all]) => {
        if (!live) return;
        const first = withCriterion?.evidence ?? [];
        const firstIds = new Set(first.map((e) => String(e.id)));
        setFound({ status: 'ready', tagged: first, other: all.evidence.filter((e) => !firstIds.has(String(e.id))), total: all.total });
      },
      () => live && setFound({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [organisationId, q, criterionId]);

  const option = (evidence: Evidence) => {
    const inputId = `${id}-pick-${evidence.id}`;
    return (
      <div className="check" key={String(evidence.id)}>
        <input id={inputId} type="checkbox" checked={chosen.has(String(evidence.id))} onChange={(e) => onToggle(evidence, e.target.checked)} />
        <label htmlFor={inputId}>
          {evidence.title}
          {withKind && <span className="muted"> ({evidence.kind === 'file' ? t('evidence.kindFile') : t('evidence.kindLink')})</span>}
        </label>
      </div>
    );
  };

  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const shown = found.status === 'ready' ? found.tagged.length + found.other.length : 0;
  let status = '';
  if (found.status === 'ready') {
    if (found.total === 0 && q !== '') status = t('evidence.noneFound');
    else if (found.total > shown) status = t('evidence.pickerMore', { shown, total: found.total });
  }

  return (
    <fieldset id={id} className={`fieldset evidence-picker${error ? ' field--error' : ''}`} tabIndex={-1} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      {chosenItems && chosenItems.length > 0 && (
        <div className="evidence-picker__chosen">
          <p className="evidence-picker__chosen-title">{t('evidence.chosenTitle')}</p>
          <ul className="criterion-evidence__list">
            {chosenItems.map((item) => (
              <li key={String(item.id)}>
                {item.title}{' '}
                <Button variant="secondary" size="small" onClick={() => onToggle(item, false)}>
                  {t('evidence.unlink')}
                  {' '}<span className="visually-hidden">{item.title}</span>
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {found.status === 'ready' && found.total === 0 && q === '' ? (
        <p>{emptyText}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-q`}>{t('evidence.pickerSearch')}</label>
            <input id={`${id}-q`} type="search" value={text} onChange={(e) => setText(e.target.value)} maxLength={200} />
          </div>
          {found.status === 'loading' && <Loading />}
          {found.status === 'failed' && <p className="notice notice--error">{t('evidence.libraryFailed')}</p>}
          {found.status === 'ready' &&
            (criterionId ? (
              <>
                {found.tagged.length > 0 && (
                  <fieldset className="criteria-picker__element">
                    <legend>{t('evidence.taggedGroup')}</legend>
                    {found.tagged.map(option)}
                  </fieldset>
                )}
                {found.other.length > 0 && (
                  <fieldset className="criteria-picker__element">
                    <legend>{t('evidence.otherGroup')}</legend>
                    {found.other.map(option)}
                  </fieldset>
                )}
              </>
            ) : (
              found.other.map(option)
            ))}
          <p className="muted" aria-live="polite">
            {status}
          </p>
        </>
      )}
    </fieldset>
  );
}
