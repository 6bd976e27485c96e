import { BrowserRouter, Route, Routes, useLocation } from 'react-router';
import { Layout } from './components/Layout';
import { RequireAuth } from './components/RequireAuth';
import { I18nProvider } from './i18n';
import { ForgotPasswordPage } from './pages/forgot-password/ForgotPasswordPage';
import { FrameworkPage } from './pages/framework/FrameworkPage';
import { HomePage } from './pages/home/HomePage';
import { LoginPage } from './pages/login/LoginPage';
import { NotFoundPage } from './pages/not-found/NotFoundPage';
import { SetPasswordPage } from './pages/set-password/SetPasswordPage';
import { AuditPage } from './pages/organiser/AuditPage';
import { ImportPage } from './pages/organiser/ImportPage';
import { OrganiserProgrammesPage } from './pages/organiser/OrganiserProgrammesPage';
import { ProgrammeFormPage } from './pages/organiser/ProgrammeFormPage';
import { ProgressPage } from './pages/organiser/ProgressPage';
import { ReviewQueuePage } from './pages/organiser/ReviewQueuePage';
import { ProgrammeListPage } from './pages/programmes/ProgrammeListPage';
import { ProgrammePage } from './pages/programmes/ProgrammePage';
import { MentorRegistrationPage } from './pages/register/MentorRegistrationPage';
import { SchoolRegistrationPage } from './pages/register/SchoolRegistrationPage';
import { MeasurementPage } from './pages/measurement/MeasurementPage';
import { ResultsPage } from './pages/results/ResultsPage';
import { TeamPage } from './pages/team/TeamPage';
import { InvitationsPage } from './pages/invitations/InvitationsPage';
import { isRespondPath, SurveyRoutes } from './pages/respond/SurveyRoutes';
import { SurveysPage } from './pages/surveys/SurveysPage';
import { EvidencePage } from './pages/evidence/EvidencePage';
import { SessionProvider } from './session';
import { OrganiserLabelPage } from './pages/label/OrganiserLabelPage';
import { ReviewPage } from './pages/label/ReviewPage';
import { ReviewsPage } from './pages/label/ReviewsPage';
import { SchoolLabelPage } from './pages/label/SchoolLabelPage';
import { ShowcasePage } from './pages/label/ShowcasePage';
import { VerifyFormPage } from './pages/label/VerifyFormPage';
import { VerifyResultPage } from './pages/label/VerifyResultPage';
import { AskPage } from './pages/askus/AskPage';
import { QuestionPage } from './pages/askus/QuestionPage';
import { QuestionsPage } from './pages/askus/QuestionsPage';
import { GroupReportPage } from './pages/groupreport/GroupReportPage';
import { SessionPage } from './pages/network/SessionPage';
import { SessionsPage } from './pages/network/SessionsPage';
import { WorkingGroupPage } from './pages/network/WorkingGroupPage';
import { WorkingGroupsPage } from './pages/network/WorkingGroupsPage';
import { PlaybookPage } from './pages/resources/PlaybookPage';
import { ResourcesPage } from './pages/resources/ResourcesPage';
import { PlanPage } from './pages/plan/PlanPage';
import { MatchingPage } from './pages/mentoring/MatchingPage';
import { MentoringPage } from './pages/mentoring/MentoringPage';
import { MeetingsPage } from './pages/mentoring/MeetingsPage';
import { JudgingPage } from './pages/award/JudgingPage';
import { JuryPage } from './pages/award/JuryPage';
import { JuryResultsPage } from './pages/award/JuryResultsPage';
import { OrganiserAwardPage } from './pages/award/OrganiserAwardPage';
import { SchoolAwardPage } from './pages/award/SchoolAwardPage';
import { OrganisationsPage } from './pages/operator/OrganisationsPage';
import { SecurityLogPage } from './pages/operator/SecurityLogPage';

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
];

export function AppRoutes() {
  // The public survey pages (/s, /s/{code}) have their own frame, without the site navigation.
  const { pathname } = useLocation();
  if (isRespondPath(pathname)) return <SurveyRoutes />;
  return (
    <Layout>
      <Routes>
        <Route
          path="/"
          element={
            <RequireAuth>
              <HomePage />
            </RequireAuth>
          }
        />
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
        {SIGNED_IN.map(({ path, page }) => (
          <Route key={path} path={path} element={<RequireAuth>{page}</RequireAuth>} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
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
