import { Link, Route, Routes } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { useI18n } from '../../i18n';
import { CodeFormPage } from './CodeFormPage';
import { PublicLayout } from './PublicLayout';
import { RespondPage } from './RespondPage';
import { ThanksPage } from './ThanksPage';

export { isRespondPath } from './paths';

function PublicNotFound() {
  const { t } = useI18n();
  const title = t('notFound.title');
  return (
    <div>
      <PageHeading title={title}>{title}</PageHeading>
      <p>
        <Link to="/s">{t('respond.enterCode')}</Link>
      </p>
    </div>
  );
}

/** The pages a respondent sees, without an account. */
export function SurveyRoutes() {
  return (
    <PublicLayout>
      <Routes>
        <Route path="/s" element={<CodeFormPage />} />
        <Route path="/s/:code" element={<RespondPage />} />
        <Route path="/s/:code/done" element={<ThanksPage />} />
        <Route path="*" element={<PublicNotFound />} />
      </Routes>
    </PublicLayout>
  );
}
