import { Link } from 'react-router';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n';
import type { ProgrammeLoad } from './useProgramme';
import { LoadFailed } from '../../components/LoadFailed';

/** What a programme page shows while its programme loads, when it does not exist, or failed. */
export function ProgrammeState({ load, retry }: { load: Exclude<ProgrammeLoad, { status: 'ready' }>; retry: () => void }) {
  const { t } = useI18n();
  if (load.status === 'loading') {
    return (
      <Page title={t('programme.title')}>
        <Loading />
      </Page>
    );
  }
  if (load.status === 'missing') {
    return (
      <Page title={t('programme.missingTitle')}>
        <LoadFailed message={t('programme.missingText')} />
        <p>
          <Link to="/programmes">{t('programmes.backToList')}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={t('programme.title')}>
      <LoadFailed message={load.message} onRetry={retry} />
    </Page>
  );
}
