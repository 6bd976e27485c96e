import { useState } from 'react';
import { networkApi } from '../../api/network';
import { formatMoment } from '../../components/dates';
import { DataTable } from '../../components/DataTable';
import { generalMessage } from '../../components/formErrors';
import { EmptyState } from '../../components/EmptyState';
import { LoadStatus } from '../../components/LoadStatus';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { Button } from '../../components/Button';

/** The organiser's list of playbook requests; approving one mails the requester a download link. */
export function PlaybookRequests() {
  const { t, language } = useI18n();
  const { state, reload } = useLoad(() => networkApi.playbookRequests(), []);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const approve = async (id: string | number, name: string) => {
    setError(null);
    try {
      await networkApi.approvePlaybookRequest(id);
      setStatus(t('playbook.approved', { name }));
      reload();
    } catch (e) {
      setError(generalMessage(t, e));
    }
  };

  return (
    <section className="card" aria-labelledby="playbook-requests-title" data-testid="playbook-requests">
      <h2 id="playbook-requests-title">{t('playbook.requests')}</h2>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' &&
        (state.data.requests.length === 0 ? (
          <EmptyState>{t('playbook.noRequests')}</EmptyState>
        ) : (
          <DataTable
            caption={t('playbook.requests')}
            rows={state.data.requests}
            rowKey={(r) => r.id}
            rowProps={(r) => ({ 'data-request': r.email })}
            columns={[
              { title: t('playbook.name'), rowHeader: true, cell: (r) => r.name },
              { title: t('playbook.email'), cell: (r) => r.email },
              { title: t('playbook.organisation'), cell: (r) => r.organisation },
              { title: t('playbook.requestedAt'), cell: (r) => formatMoment(r.createdAt, language) },
              {
                title: t('playbook.status'),
                cell: (r) =>
                  r.status === 'approved' ? (
                    t('playbook.statusApproved')
                  ) : (
                    <Button size="small" onClick={() => approve(r.id, r.name)}>
                      {t('playbook.approve')}{' '}
                      <span className="visually-hidden">{r.name}</span>
                    </Button>
                  ),
              },
            ]}
          />
        ))}
      <p role="status">{status}</p>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
