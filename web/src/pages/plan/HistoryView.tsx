import { planApi } from '../../api/plan';
import type { HistoryEntry } from '../../api/plan';
import { DataTable } from '../../components/DataTable';
import type { Column } from '../../components/DataTable';
import { formatMoment, isoMoment } from '../../components/dates';
import { EmptyState } from '../../components/EmptyState';
import { LoadStatus } from '../../components/LoadStatus';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { HISTORY_FIELD_TEXT, HISTORY_KIND_TEXT, historyValue, historyValueKey, orderHistory, toSeconds } from './logic';
import { personName } from '../../components/personName';

/** The plan's history of changes, newest first (loaded when the user opens it). */
export function HistoryView({ programmeId, organisationId, version }: { programmeId: string; organisationId: string; version: number }) {
  const { t, language } = useI18n();
  const { state, reload } = useLoad(() => planApi.history(programmeId, organisationId), [programmeId, organisationId, version]);

  const value = (field: string, v: unknown) => {
    const key = historyValueKey(field, v);
    return key ? t(key) : historyValue(v);
  };
  const columns: Column<HistoryEntry & { key: number }>[] = [
    {
      title: t('plan.history.when'),
      rowHeader: true,
      cell: (e) => <time dateTime={isoMoment(toSeconds(e.at))}>{formatMoment(toSeconds(e.at), language)}</time>,
    },
    { title: t('plan.history.who'), cell: (e) => personName(t, e.actorName) ?? '–' },
    { title: t('plan.history.what'), cell: (e) => `${HISTORY_KIND_TEXT[e.kind] ? t(HISTORY_KIND_TEXT[e.kind]!) : e.kind}: ${e.targetTitle}` },
    {
      title: t('plan.history.changes'),
      cell: (e) => {
        const fields = Object.entries(e.changes ?? {});
        if (fields.length === 0) return '–';
        return (
          <ul className="plain">
            {fields.map(([field, change]) => (
              <li key={field}>
                {t('plan.history.change', {
                  field: HISTORY_FIELD_TEXT[field] ? t(HISTORY_FIELD_TEXT[field]!) : field,
                  from: value(field, change?.from),
                  to: value(field, change?.to),
                })}
              </li>
            ))}
          </ul>
        );
      },
    },
  ];

  return (
    <>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' &&
        (state.data.entries.length === 0 ? (
          <EmptyState>{t('plan.history.none')}</EmptyState>
        ) : (
          <DataTable
            caption={t('plan.history.title')}
            columns={columns}
            rows={orderHistory(state.data.entries).map((e, key) => ({ ...e, key }))}
            rowKey={(e) => e.key}
          />
        ))}
    </>
  );
}
