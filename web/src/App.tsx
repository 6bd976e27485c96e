import { lazy, Suspense } from 'react';
import type { ComponentType } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { Layout } from './components/Layout';
import { Loading } from './components/Loading';
import { PageLoadBoundary, PageLoading } from './components/PageLoading';
import { RequireAuth } from './components/RequireAuth';
import { I18nProvider, loadPageDictionary } from './i18n';
import { isRespondPath } from './pages/respond/paths';
import { SessionProvider, useSession } from './session';

/**
 * A page module loaded on demand: each page is its own chunk, fetched the first time its route is
 * shown, so the log-in page does not carry the other fifty. `name` is the module's named export.
 * Together with the page comes the rest of the dictionary, unless the page says only `core` words
 * (the log-in, password and not-found pages; see vite.config.ts).
 */
function lazyPage<K extends string, M extends Record<K, ComponentType>>(
  load: () => Promise<M>,
  name: K,
  words: 'core' | 'all' = 'all',
) {
  return lazy(async () => {
    const [module] = await Promise.all([load(), words === 'all' ? loadPageDictionary() : undefined]);
    return { default: module[name] };
  });
}

const ForgotPasswordPage = lazyPage(() => import('./pages/forgot-password/ForgotPasswordPage'), 'ForgotPasswordPage', 'core');
const FrameworkPage = lazyPage(() => import('./pages/framework/FrameworkPage'), 'FrameworkPage');
const HomePage = lazyPage(() => import('./pages/home/HomePage'), 'HomePage');
const LandingPage = lazyPage(() => import('./pages/landing/LandingPage'), 'LandingPage');
const LoginPage = lazyPage(() => import('./pages/login/LoginPage'), 'LoginPage', 'core');
const NotFoundPage = lazyPage(() => import('./pages/not-found/NotFoundPage'), 'NotFoundPage', 'core');
const SetPasswordPage = lazyPage(() => import('./pages/set-password/SetPasswordPage'), 'SetPasswordPage', 'core');
const AuditPage = lazyPage(() => import('./pages/organiser/AuditPage'), 'AuditPage');
const ImportPage = lazyPage(() => import('./pages/organiser/ImportPage'), 'ImportPage');
const OrganiserProgrammesPage = lazyPage(() => import('./pages/organiser/OrganiserProgrammesPage'), 'OrganiserProgrammesPage');
const ProgrammeFormPage = lazyPage(() => import('./pages/organiser/ProgrammeFormPage'), 'ProgrammeFormPage');
const ProgressPage = lazyPage(() => import('./pages/organiser/ProgressPage'), 'ProgressPage');
const ReviewQueuePage = lazyPage(() => import('./pages/organiser/ReviewQueuePage'), 'ReviewQueuePage');
const ProgrammeListPage = lazyPage(() => import('./pages/programmes/ProgrammeListPage'), 'ProgrammeListPage');
const ProgrammePage = lazyPage(() => import('./pages/programmes/ProgrammePage'), 'ProgrammePage');
const MentorRegistrationPage = lazyPage(() => import('./pages/register/MentorRegistrationPage'), 'MentorRegistrationPage');
const SchoolRegistrationPage = lazyPage(() => import('./pages/register/SchoolRegistrationPage'), 'SchoolRegistrationPage');
const MeasurementPage = lazyPage(() => import('./pages/measurement/MeasurementPage'), 'MeasurementPage');
const ResultsPage = lazyPage(() => import('./pages/results/ResultsPage'), 'ResultsPage');
const TeamPage = lazyPage(() => import('./pages/team/TeamPage'), 'TeamPage');
const InvitationsPage = lazyPage(() => import('./pages/invitations/InvitationsPage'), 'InvitationsPage');
// The server gives the survey pages their own small page (survey.html); this bundle shows them too (dev server).
const SurveyApp = lazyPage(() => import('./pages/respond/SurveyApp'), 'SurveyApp');
const SurveysPage = lazyPage(() => import('./pages/surveys/SurveysPage'), 'SurveysPage');
const EvidencePage = lazyPage(() => import('./pages/evidence/EvidencePage'), 'EvidencePage');
const OrganiserLabelPage = lazyPage(() => import('./pages/label/OrganiserLabelPage'), 'OrganiserLabelPage');
const ReviewPage = lazyPage(() => import('./pages/label/ReviewPage'), 'ReviewPage');
const ReviewsPage = lazyPage(() => import('./pages/label/ReviewsPage'), 'ReviewsPage');
const SchoolLabelPage = lazyPage(() => import('./pages/label/SchoolLabelPage'), 'SchoolLabelPage');
const ShowcasePage = lazyPage(() => import('./pages/label/ShowcasePage'), 'ShowcasePage');
const VerifyFormPage = lazyPage(() => import('./pages/label/VerifyFormPage'), 'VerifyFormPage');
const VerifyResultPage = lazyPage(() => import('./pages/label/VerifyResultPage'), 'VerifyResultPage');
const AskPage = lazyPage(() => import('./pages/askus/AskPage'), 'AskPage');
const QuestionPage = lazyPage(() => import('./pages/askus/QuestionPage'), 'QuestionPage');
const QuestionsPage = lazyPage(() => import('./pages/askus/QuestionsPage'), 'QuestionsPage');
const GroupReportPage = lazyPage(() => import('./pages/groupreport/GroupReportPage'), 'GroupReportPage');
const SessionPage = lazyPage(() => import('./pages/network/SessionPage'), 'SessionPage');
const SessionsPage = lazyPage(() => import('./pages/network/SessionsPage'), 'SessionsPage');
const WorkingGroupPage = lazyPage(() => import('./pages/network/WorkingGroupPage'), 'WorkingGroupPage');
const WorkingGroupsPage = lazyPage(() => import('./pages/network/WorkingGroupsPage'), 'WorkingGroupsPage');
const PrivacyPage = lazyPage(() => import('./pages/privacy/PrivacyPage'), 'PrivacyPage');
const PlaybookPage = lazyPage(() => import('./pages/resources/PlaybookPage'), 'PlaybookPage');
const ResourcesPage = lazyPage(() => import('./pages/resources/ResourcesPage'), 'ResourcesPage');
const PlanPage = lazyPage(() => import('./pages/plan/PlanPage'), 'PlanPage');
const MatchingPage = lazyPage(() => import('./pages/mentoring/MatchingPage'), 'MatchingPage');
const MentoringPage = lazyPage(() => import('./pages/mentoring/MentoringPage'), 'MentoringPage');
const MeetingsPage = lazyPage(() => import('./pages/mentoring/MeetingsPage'), 'MeetingsPage');
const JudgingPage = lazyPage(() => import('./pages/award/JudgingPage'), 'JudgingPage');
const JuryPage = lazyPage(() => import('./pages/award/JuryPage'), 'JuryPage');
const JuryResultsPage = lazyPage(() => import('./pages/award/JuryResultsPage'), 'JuryResultsPage');
const OrganiserAwardPage = lazyPage(() => import('./pages/award/OrganiserAwardPage'), 'OrganiserAwardPage');
const SchoolAwardPage = lazyPage(() => import('./pages/award/SchoolAwardPage'), 'SchoolAwardPage');
const OrganisationsPage = lazyPage(() => import('./pages/operator/OrganisationsPage'), 'OrganisationsPage');
const SecurityLogPage = lazyPage(() => import('./pages/operator/SecurityLogPage'), 'SecurityLogPage');
const PeoplePage = lazyPage(() => import('./pages/operator/PeoplePage'), 'PeoplePage');
const AccountPage = lazyPage(() => import('./pages/account/AccountPage'), 'AccountPage');
const OrganiserDeletionRequestsPage = lazyPage(
  () => import('./pages/erasure/DeletionRequestsPage'),
  'OrganiserDeletionRequestsPage',
);
const OrganiserUndeliveredMailPage = lazyPage(
  () => import('./pages/organiser/UndeliveredMailPage'),
  'OrganiserUndeliveredMailPage',
);
const OperatorUndeliveredMailPage = lazyPage(
  () => import('./pages/organiser/UndeliveredMailPage'),
  'OperatorUndeliveredMailPage',
);
const OperatorDeletionRequestsPage = lazyPage(
  () => import('./pages/erasure/DeletionRequestsPage'),
  'OperatorDeletionRequestsPage',
);

/** Pages that need a session (the server checks the role on every object). */
const SIGNED_IN = [
  { path: '/organiser/programmes', page: <OrganiserProgrammesPage /> },
  { path: '/organiser/programmes/new', page: <ProgrammeFormPage key="new" /> },
  { path: '/organiser/programmes/:id/edit', page: <ProgrammeFormPage key="edit" /> },
  { path: '/organiser/programmes/:id/registrations', page: <ReviewQueuePage /> },
  { path: '/organiser/programmes/:id/progress', page: <ProgressPage /> },
  { path: '/organiser/programmes/:id/import', page: <ImportPage /> },
  { path: '/organiser/programmes/:id/audit', page: <AuditPage /> },
  { path: '/team', page: <TeamPage /> },
  { path: '/invitations', page: <InvitationsPage /> },
  { path: '/programmes/:id/schools/:orgId/measurements/:kind', page: <MeasurementPage /> },
  { path: '/programmes/:id/schools/:orgId/results', page: <ResultsPage /> },
  { path: '/programmes/:id/schools/:orgId/surveys', page: <SurveysPage /> },
  { path: '/schools/:orgId/evidence', page: <EvidencePage /> },
  { path: '/programmes/:id/schools/:orgId/label', page: <SchoolLabelPage /> },
  { path: '/organiser/programmes/:id/label', page: <OrganiserLabelPage /> },
  { path: '/reviews', page: <ReviewsPage /> },
  { path: '/reviews/:applicationId', page: <ReviewPage /> },
  { path: '/organiser/questions', page: <QuestionsPage /> },
  { path: '/organiser/questions/:id', page: <QuestionPage /> },
  { path: '/organiser/deletion-requests', page: <OrganiserDeletionRequestsPage /> },
  { path: '/organiser/undelivered-mail', page: <OrganiserUndeliveredMailPage /> },
  { path: '/programmes/:id/group-report', page: <GroupReportPage /> },
  { path: '/organiser/programmes/:id/working-groups', page: <WorkingGroupsPage /> },
  { path: '/working-groups/:id', page: <WorkingGroupPage /> },
  { path: '/programmes/:id/sessions', page: <SessionsPage /> },
  { path: '/sessions/:id', page: <SessionPage /> },
  { path: '/resources', page: <ResourcesPage /> },
  { path: '/programmes/:id/schools/:orgId/plan', page: <PlanPage /> },
  { path: '/programmes/:id/schools/:orgId/meetings', page: <MeetingsPage /> },
  { path: '/organiser/programmes/:id/matching', page: <MatchingPage /> },
  { path: '/mentoring', page: <MentoringPage /> },
  { path: '/organiser/programmes/:id/award', page: <OrganiserAwardPage /> },
  { path: '/programmes/:id/schools/:orgId/award', page: <SchoolAwardPage /> },
  { path: '/jury', page: <JuryPage /> },
  { path: '/jury/programmes/:id/candidates/:candidacyId', page: <JudgingPage /> },
  { path: '/jury/programmes/:id/results', page: <JuryResultsPage /> },
  { path: '/operator', page: <OrganisationsPage /> },
  { path: '/operator/security-log', page: <SecurityLogPage /> },
  { path: '/operator/people', page: <PeoplePage /> },
  { path: '/operator/deletion-requests', page: <OperatorDeletionRequestsPage /> },
  { path: '/operator/undelivered-mail', page: <OperatorUndeliveredMailPage /> },
  { path: '/account', page: <AccountPage /> },
];

/** `/`: the user's home when signed in, else what the platform is (a visitor is not sent to log-in). */
function HomeOrLanding() {
  const { state } = useSession();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signedIn') return <HomePage />;
  if (state.status === 'anonymous' && state.signedOut) return <Navigate to="/login" state={{ signedOut: true }} replace />;
  return <LandingPage />;
}

export function AppRoutes() {
  // The public survey pages (/s, /s/{code}) have their own frame, without the site navigation.
  const { pathname } = useLocation();
  if (isRespondPath(pathname)) {
    return (
      <PageLoadBoundary resetKey={pathname}>
        <Suspense fallback={<PageLoading />}>
          <SurveyApp />
        </Suspense>
      </PageLoadBoundary>
    );
  }
  return (
    <Layout>
      <PageLoadBoundary resetKey={pathname}>
        <Suspense fallback={<PageLoading />}>
          <Routes>
            <Route path="/" element={<HomeOrLanding />} />
            <Route path="/login" element={<LoginPage />} />
            <Route path="/forgot-password" element={<ForgotPasswordPage />} />
            <Route path="/set-password" element={<SetPasswordPage />} />
            <Route path="/framework" element={<FrameworkPage />} />
            <Route path="/programmes" element={<ProgrammeListPage />} />
            <Route path="/programmes/:id" element={<ProgrammePage />} />
            <Route path="/programmes/:id/register-school" element={<SchoolRegistrationPage />} />
            <Route path="/programmes/:id/register-mentor" element={<MentorRegistrationPage />} />
            <Route path="/verify" element={<VerifyFormPage />} />
            <Route path="/verify/:code" element={<VerifyResultPage />} />
            <Route path="/showcase" element={<ShowcasePage />} />
            <Route path="/ask" element={<AskPage />} />
            <Route path="/playbook" element={<PlaybookPage />} />
            <Route path="/privacy" element={<PrivacyPage />} />
            {SIGNED_IN.map(({ path, page }) => (
              <Route key={path} path={path} element={<RequireAuth>{page}</RequireAuth>} />
            ))}
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </PageLoadBoundary>
    </Layout>
  );
}

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  );
}
