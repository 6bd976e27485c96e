import { PageHeading } from '../../components/PageHeading';
import { useI18n } from '../../i18n';
import { Link } from './router';

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
        <Link to="/s" className="respond-link">{t('respond.enterOtherCode')}</Link>
      </p>
    </div>
  );
}
