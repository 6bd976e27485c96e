import { api } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { LoadStatus } from '../../components/LoadStatus';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { ProgrammeCards } from './ProgrammeCards';

/** The programmes a visitor can join (and, signed in, the ones the user takes part in). */
export function ProgrammeListPage() {
  const { t } = useI18n();
  const { state: load, reload } = useLoad(() => api.programmes().then(({ programmes }) => programmes), []);

  const title = t('programmes.title');
  return (
    <Page title={title}>
      <p className="lead">{t('programmes.intro')}</p>
      <LoadStatus state={load} onRetry={reload} />
      {load.status === 'ready' &&
        (load.data.length === 0 ? (
          <EmptyState>{t('programmes.empty')}</EmptyState>
        ) : (
          <ProgrammeCards programmes={load.data} heading="h2" />
        ))}
    </Page>
  );
}
