import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { useI18n } from '../../i18n';

/** After a response is stored. */
export function ThanksPage() {
  const { t } = useI18n();
  const title = t('respond.thanksTitle');
  return (
    <div className="respond">
      <PageHeading title={title}>{title}</PageHeading>
      <p className="notice notice--ok">{t('respond.thanksText')}</p>
      <p>{t('respond.thanksClose')}</p>
      <p>
        <Link to="/s">{t('respond.enterOtherCode')}</Link>
      </p>
    </div>
  );
}
