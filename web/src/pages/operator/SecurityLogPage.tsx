import { useRef } from 'react';
import { useSearchParams } from 'react-router';
import { operatorApi, SECURITY_ACTIONS } from '../../api/operator';
import type { SecurityEntry, SecurityLogPage as LogPage } from '../../api/operator';
import { DataTable } from '../../components/DataTable';
import type { Column } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { LoadStatus } from '../../components/LoadStatus';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { SelectField } from '../../components/fields';
import { formatMoment, isoMoment } from '../../components/dates';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { actionFromParam, actionLabel, detailPairs, isKnownAction, objectLabel, pageFromParam } from './logic';
import { OperatorOnly } from './OperatorOnly';
import '../../styles/operator.css';

/** `/operator/security-log`: security events of the whole platform, newest first, filtered by kind. */
export function SecurityLogPage() {
  return (
    <OperatorOnly>
      <SecurityLog />
    </OperatorOnly>
  );
}

function SecurityLog() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const action = actionFromParam(params.get('action'));
  const page = pageFromParam(params.get('page'));
  const { state, reload } = useLoad<LogPage>(() => operatorApi.securityLog({ action, page }), [action, page]);
  const tableHeading = useRef<HTMLHeadingElement>(null);

  const go = (next: { action: string; page: number }) => {
    const p: Record<string, string> = {};
    if (next.action) p.action = next.action;
    if (next.page > 1) p.page = String(next.page);
    setParams(p);
  };

  // A kind in the URL that this app does not know yet stays choosable, by its code.
  const kinds: string[] = action && !isKnownAction(action) ? [...SECURITY_ACTIONS, action] : [...SECURITY_ACTIONS];
  const title = t('securityLog.title');
  return (
    <Page className="operator" title={title}>
      <p className="lead">{t('securityLog.intro')}</p>
      <form className="filters" aria-label={t('securityLog.filterLabel')} onSubmit={(e) => e.preventDefault()}>
        <SelectField
          id="security-action"
          label={t('securityLog.filter')}
          value={action}
          onChange={(v) => go({ action: v, page: 1 })}
          placeholder={t('securityLog.filter.all')}
          options={kinds.map((k) => ({ value: k, label: actionLabel(t, k) }))}
        />
      </form>
      <h2 id="security-log-entries" ref={tableHeading} tabIndex={-1}>
        {t('securityLog.entriesTitle')}
      </h2>
      <p role="status" className="operator__count">
        {state.status === 'ready' && t('securityLog.count', { count: state.data.total })}
      </p>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && (
        <>
          {state.data.entries.length === 0 ? (
            <EmptyState>{t('securityLog.empty')}</EmptyState>
          ) : (
            <SecurityTable entries={state.data.entries} />
          )}
          <Pagination
            label={t('securityLog.pages')}
            page={state.data.page}
            pages={state.data.pages}
            onPage={(next) => {
              go({ action, page: next });
              tableHeading.current?.focus();
            }}
          />
        </>
      )}
    </Page>
  );
}

function SecurityTable({ entries }: { entries: SecurityEntry[] }) {
  const { t, language } = useI18n();
  const columns: Column<SecurityEntry>[] = [
    {
      title: t('securityLog.col.when'),
      rowHeader: true,
      cell: (e) => <time dateTime={isoMoment(e.createdAt)}>{formatMoment(e.createdAt, language)}</time>,
    },
    {
      title: t('securityLog.col.who'),
      cell: (e) =>
        e.actorName || e.actorEmail ? (
          <>
            {e.actorName ?? e.actorEmail}
            {e.actorName && e.actorEmail && <span className="operator__email">{e.actorEmail}</span>}
          </>
        ) : (
          <span className="muted">{t('securityLog.noActor')}</span>
        ),
    },
    {
      title: t('securityLog.col.what'),
      cell: (e) => (isKnownAction(e.action) ? actionLabel(t, e.action) : <code>{e.action}</code>),
    },
    { title: t('securityLog.col.object'), cell: (e) => objectLabel(t, e.objectType, e.objectId) },
    {
      title: t('securityLog.col.details'),
      cell: (e) => {
        const pairs = detailPairs(t, e.detail);
        if (pairs.length === 0) return '–';
        if (pairs.length === 1 && pairs[0]!.label === null) return <span className="operator__text">{pairs[0]!.value}</span>;
        return (
          <dl className="operator__detail">
            {pairs.map((p, i) => (
              <div key={i}>
                <dt>{p.label ?? '–'}</dt>
                <dd>{p.value}</dd>
              </div>
            ))}
          </dl>
        );
      },
    },
  ];
  return (
    <DataTable
      caption={t('securityLog.caption')}
      columns={columns}
      rows={entries}
      rowKey={(e) => e.id}
      rowProps={(e) => ({ 'data-action': e.action })}
      className="table security-log"
    />
  );
}
