import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, PHASE_KINDS, PHASE_STATUSES } from '../../api';
import type { PhaseKind, PhaseStatus, Programme, Progress, ProgressQuery } from '../../api';
import { FormField } from '../../components/FormField';
import { Loading } from '../../components/Loading';
import { SelectField } from '../../components/fields';
import { label, options, PHASE_STATUS_TEXT, PHASE_TEXT, PROVINCE_TEXT } from '../../components/enumLabels';
import { generalMessage } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import { OrganiserFrame } from './OrganiserFrame';
import { TableWrap } from '../../components/TableWrap';
import { schoolPath } from '../measurement/texts';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; progress: Progress };

export function ProgressPage() {
  const { t } = useI18n();
  return <OrganiserFrame title={t('progress.title')}>{(programme) => <ProgressBoard programme={programme} />}</OrganiserFrame>;
}

/** The filter as kept in the address (so it survives a reload and can be shared). */
function readQuery(params: URLSearchParams): Required<ProgressQuery> {
  const phase = params.get('phase') ?? '';
  const status = params.get('status') ?? '';
  return {
    q: params.get('q') ?? '',
    phase: (PHASE_KINDS as readonly string[]).includes(phase) ? (phase as PhaseKind) : '',
    status: (PHASE_STATUSES as readonly string[]).includes(status) ? (status as PhaseStatus) : '',
    sort: params.get('sort') === 'province' ? 'province' : 'name',
  };
}

function ProgressBoard({ programme }: { programme: Programme }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const applied = readQuery(params);
  const [draft, setDraft] = useState(applied);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const key = params.toString();

  useEffect(() => {
    let live = true;
    setLoad({ status: 'loading' });
    api.progress(programme.id, readQuery(new URLSearchParams(key))).then(
      (progress) => live && setLoad({ status: 'ready', progress }),
      (error) => live && setLoad({ status: 'error', message: generalMessage(t, error) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [programme.id, key, attempt]);

  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const next: Record<string, string> = {};
    if (draft.q.trim()) next.q = draft.q.trim();
    if (draft.phase) next.phase = draft.phase;
    if (draft.status) next.status = draft.status;
    if (draft.sort !== 'name') next.sort = draft.sort;
    setParams(next);
  };

  const reset = () => {
    setDraft({ q: '', phase: '', status: '', sort: 'name' });
    setParams({});
  };

  const phases = load.status === 'ready' ? load.progress.phases : [];

  return (
    <div>
      <form className="filters" role="search" aria-label={t('progress.filterLabel')} onSubmit={apply}>
        <FormField id="progress-q" type="search" label={t('progress.search')} value={draft.q} onChange={(q) => setDraft((d) => ({ ...d, q }))} />
        <SelectField
          id="progress-phase"
          label={t('progress.phase')}
          value={draft.phase}
          onChange={(v) => setDraft((d) => ({ ...d, phase: v as PhaseKind | '' }))}
          options={options(t, PHASE_KINDS, PHASE_TEXT)}
          placeholder={t('progress.allPhases')}
        />
        <SelectField
          id="progress-status"
          label={t('progress.status')}
          hint={t('progress.statusHint')}
          value={draft.status}
          onChange={(v) => setDraft((d) => ({ ...d, status: v as PhaseStatus | '' }))}
          options={options(t, PHASE_STATUSES, PHASE_STATUS_TEXT)}
          placeholder={t('progress.allStatuses')}
        />
        <SelectField
          id="progress-sort"
          label={t('progress.sort')}
          value={draft.sort}
          onChange={(v) => setDraft((d) => ({ ...d, sort: v === 'province' ? 'province' : 'name' }))}
          options={[
            { value: 'name', label: t('progress.sortName') },
            { value: 'province', label: t('progress.sortProvince') },
          ]}
        />
        <div className="form__actions">
          <button type="submit" className="button">
            {t('progress.apply')}
          </button>
          <button type="button" className="button button--secondary" onClick={reset}>
            {t('progress.reset')}
          </button>
        </div>
      </form>

      <p className="downloads">
        <a href={api.progressFileUrl(programme.id, 'csv', applied)} download>
          {t('progress.downloadCsv')}
        </a>
        <a href={api.progressFileUrl(programme.id, 'xlsx', applied)} download>
          {t('progress.downloadXlsx')}
        </a>
      </p>

      {load.status === 'loading' && <Loading />}
      {load.status === 'error' && (
        <>
          <p className="notice notice--error" role="alert">
            {load.message}
          </p>
          <button type="button" className="button" onClick={() => setAttempt((a) => a + 1)}>
            {t('common.retry')}
          </button>
        </>
      )}
      {load.status === 'ready' && (
        <>
          <p role="status">{t('progress.count', { count: load.progress.rows.length })}</p>
          {load.progress.rows.length > 0 && (
            <TableWrap label={t('progress.caption')}>
              <table className="table progress">
                <caption>{t('progress.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col" aria-sort={applied.sort === 'name' ? 'ascending' : undefined}>
                      {t('progress.school')}
                    </th>
                    <th scope="col">{t('register.institutionNumber')}</th>
                    <th scope="col" aria-sort={applied.sort === 'province' ? 'ascending' : undefined}>
                      {t('register.province')}
                    </th>
                    {phases.map((kind) => (
                      <th scope="col" key={kind}>
                        {label(t, PHASE_TEXT, kind)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {load.progress.rows.map((row) => (
                    <tr key={row.organisationId}>
                      <th scope="row">
                        <Link to={`${schoolPath(programme.id, row.organisationId)}/results?kind=baseline`}>{row.name}</Link>
                      </th>
                      <td>{row.institutionNumber}</td>
                      <td>{label(t, PROVINCE_TEXT, row.province)}</td>
                      {phases.map((kind) => {
                        const s = row.phases[kind];
                        return (
                          <td key={kind} className={s ? `status status--${s}` : 'status'}>
                            {s ? label(t, PHASE_STATUS_TEXT, s) : '–'}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </>
      )}
    </div>
  );
}
