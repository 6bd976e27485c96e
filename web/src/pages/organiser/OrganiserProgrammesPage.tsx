import { Link, useLocation } from 'react-router';
import { api } from '../../api';
import type { Programme } from '../../api';
import { DataTable } from '../../components/DataTable';
import { LoadStatus } from '../../components/LoadStatus';
import { ButtonLink } from '../../components/ButtonLink';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';

/** The programmes the organiser's organisations run, with the way to their pages. */
export function OrganiserProgrammesPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const location = useLocation();
  const saved = (location.state as { saved?: string } | null)?.saved;
  const { state: load, reload } = useLoad<Programme[]>(() => api.programmes().then(({ programmes }) => programmes), []);

  const mine = new Set(
    (me?.memberships ?? []).filter((m) => m.role === 'organiser').map((m) => String(m.organisationId)),
  );

  const title = t('organiser.programmes.title');
  const list = load.status === 'ready' ? load.data.filter((p) => mine.has(String(p.organiserId))) : [];

  return (
    <Page title={title}>
      {saved && (
        <p className="notice" role="status">
          {t('organiser.programmes.saved', { name: saved })}
        </p>
      )}
      <p>
        <ButtonLink to="/organiser/programmes/new">{t('organiser.programmes.new')}</ButtonLink>
      </p>
      <LoadStatus state={load} onRetry={reload} />
      {load.status === 'ready' &&
        (list.length === 0 ? (
          <EmptyState>{t('organiser.programmes.empty')}</EmptyState>
        ) : (
          <DataTable
            caption={t('organiser.programmes.caption')}
            showCaption
            rows={list}
            rowKey={(p) => p.id}
            columns={[
              {
                title: t('organiser.programmes.name'),
                rowHeader: true,
                cell: (p) => <Link to={`/organiser/programmes/${p.id}/registrations`}>{p.name}</Link>,
              },
              { title: t('programme.schoolYear'), cell: (p) => p.schoolYear },
              {
                title: t('organiser.programmes.state'),
                cell: (p) => (p.published ? t('organiser.programmes.published') : t('organiser.programmes.draft')),
              },
              { title: t('organiser.programmes.schools'), cell: (p) => t('programme.placesValue', { taken: p.schoolCount, max: p.maxSchools }) },
              { title: t('organiser.programmes.mentors'), cell: (p) => p.mentorCount },
              { title: t('organiser.programmes.pending'), cell: (p) => p.pendingCount ?? 0 },
            ]}
          />
        ))}
    </Page>
  );
}
