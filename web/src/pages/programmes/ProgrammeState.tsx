import { Link } from 'react-router';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useI18n } from '../../i18n';
import type { ProgrammeLoad } from './useProgramme';
import { LoadFailed } from '../../components/LoadFailed';

/** What a programme page shows while its programme loads, when it does not exist, or failed. */
export function ProgrammeState({ load, retry }: { load: Exclude<ProgrammeLoad, { status: 'ready' }>; retry: () => void }) {
  const { t } = useI18n();
  if (load.status === 'loading') {
    return (
      <div>
        <PageHeading title={t('programme.title')}>{t('programme.title')}</PageHeading>
        <Loading />
      </div>
    );
  }
  if (load.status === 'missing') {
    return (
      <div>
        <PageHeading title={t('programme.missingTitle')}>{t('programme.missingTitle')}</PageHeading>
        <p className="notice notice--error" role="alert">
          {t('programme.missingText')}
        </p>
        <p>
          <Link to="/programmes">{t('programmes.backToList')}</Link>
        </p>
      </div>
    );
  }
  return (
    <div>
      <PageHeading title={t('programme.title')}>{t('programme.title')}</PageHeading>
      <LoadFailed message={load.message} onRetry={retry} />
    </div>
  );
}
