import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';

export function NotFoundPage() {
  const { t } = useI18n();
  const { me } = useSession();
  return (
    <div className="narrow" data-page="not-found">
      <PageHeading title={t('notFound.title')}>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.text')}</p>
      <p>
        {me ? <Link to="/">{t('notFound.home')}</Link> : <Link to="/login">{t('notFound.login')}</Link>}
      </p>
    </div>
  );
}
