import { PageHeading } from '../../components/PageHeading';
import { useI18n } from '../../i18n';
import { CodeFormPage } from './CodeFormPage';
import { PublicLayout } from './PublicLayout';
import { RespondPage } from './RespondPage';
import { Link, matchSurveyPath, usePath } from './router';
import { ThanksPage } from './ThanksPage';

function PublicNotFound() {
  const { t } = useI18n();
  const title = t('notFound.title');
  return (
    <div className="respond">
      <PageHeading title={title}>{title}</PageHeading>
      <p>
        <Link to="/s" className="respond-link">
          {t('respond.enterCode')}
        </Link>
      </p>
    </div>
  );
}

/**
 * The pages a respondent sees, without an account: the survey page's whole app (survey.html, see
 * src/survey/main.tsx). The app's own bundle shows it too for these paths (App.tsx), e.g. under the
 * development server.
 */
export function SurveyApp() {
  const route = matchSurveyPath(usePath());
  return (
    <PublicLayout>
      {route.page === 'code' && <CodeFormPage />}
      {route.page === 'respond' && <RespondPage key={route.code} code={route.code} />}
      {route.page === 'done' && <ThanksPage />}
      {route.page === 'notFound' && <PublicNotFound />}
    </PublicLayout>
  );
}
