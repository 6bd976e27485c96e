import { Link } from 'react-router';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';

export function NotFoundPage() {
  const { t } = useI18n();
  const { me } = useSession();
  return (
    <Page className="narrow" title={t('notFound.title')}>
      <p>{t('notFound.text')}</p>
      <p>
        {me ? <Link to="/">{t('notFound.home')}</Link> : <Link to="/login">{t('notFound.login')}</Link>}
      </p>
    </Page>
  );
}
