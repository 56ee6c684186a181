// Routes (Vietnamese paths). Every page but sign-in and the public pages is behind RequireAuth, inside the layout;
// a crash in a page shows a friendly message inside the layout, a crash of the layout a standalone one.
import { createBrowserRouter } from 'react-router'
import { PageLoading } from './components/Loading.tsx'
import { NotFoundPage } from './components/NotFoundPage.tsx'
import { RequireAuth } from './components/RequireAuth.tsx'
import { RouteErrorPage } from './components/RouteErrorPage.tsx'
import { SecurityPage } from './features/auth/SecurityPage.tsx'
import { SignInPage } from './features/auth/SignInPage.tsx'
import { CommitmentPage } from './features/commitments/CommitmentPage.tsx'
import { MyCommitmentPage } from './features/commitments/MyCommitmentPage.tsx'
import { PUBLIC_EXEMPLARY_PATH } from './features/exemplary/public/publicApi.ts'
import { PublicLayout } from './features/exemplary/public/PublicLayout.tsx'
import { FEEDBACK_PUBLIC_PATH } from './features/feedback/paths.ts'
import { HomePage } from './features/home/HomePage.tsx'
import { OrganizationPage } from './features/organizations/OrganizationPage.tsx'
import { OrganizationsPage } from './features/organizations/OrganizationsPage.tsx'
import { PeopleSearchPage } from './features/people/PeopleSearchPage.tsx'
import { PersonPage } from './features/people/PersonPage.tsx'

export const router = createBrowserRouter([
  { path: '/dang-nhap', element: <SignInPage />, errorElement: <RouteErrorPage standalone /> },
  // Public pages, open without an account in their own small layout: leaders' exemplary commitments published to all.
  {
    path: PUBLIC_EXEMPLARY_PATH,
    element: <PublicLayout />,
    errorElement: <RouteErrorPage standalone />,
    hydrateFallbackElement: <PageLoading />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('./features/exemplary/public/PublicExemplaryListPage.tsx')).PublicExemplaryListPage }) },
          { path: ':commitmentId', lazy: async () => ({ Component: (await import('./features/exemplary/public/PublicExemplaryPage.tsx')).PublicExemplaryPage }) },
        ],
      },
    ],
  },
  // Citizens' feedback, without an account: send ("/phan-anh"), follow by tracking code ("/phan-anh/tra-cuu/:code"). Small
  // pages for cheap phones, loaded when opened (the layout too).
  {
    path: FEEDBACK_PUBLIC_PATH,
    lazy: async () => ({ Component: (await import('./features/feedback/public/FeedbackPublicLayout.tsx')).FeedbackPublicLayout }),
    errorElement: <RouteErrorPage standalone />,
    hydrateFallbackElement: <PageLoading />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('./features/feedback/public/FeedbackFormPage.tsx')).FeedbackFormPage }) },
          { path: 'tra-cuu', lazy: async () => ({ Component: (await import('./features/feedback/public/FeedbackLookupPage.tsx')).FeedbackLookupPage }) },
          { path: 'tra-cuu/:code', lazy: async () => ({ Component: (await import('./features/feedback/public/FeedbackStatusPage.tsx')).FeedbackStatusPage }) },
        ],
      },
    ],
  },
  // The public showcase of commended models (list, a model's page, the suggestion form), without an account, in its own
  // light layout; pages and layout loaded when opened. Stories' public pages sit in the same layout.
  {
    lazy: async () => ({ Component: (await import('./features/showcase/public/ShowcaseLayout.tsx')).ShowcaseLayout }),
    errorElement: <RouteErrorPage standalone />,
    hydrateFallbackElement: <PageLoading />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { path: 'cong-khai/guong-dien-hinh', lazy: async () => ({ Component: (await import('./features/showcase/public/ShowcaseListPage.tsx')).ShowcaseListPage }) },
          { path: 'cong-khai/guong-dien-hinh/gioi-thieu', lazy: async () => ({ Component: (await import('./features/showcase/public/SuggestModelPage.tsx')).SuggestModelPage }) },
          { path: 'cong-khai/guong-dien-hinh/:id', lazy: async () => ({ Component: (await import('./features/showcase/public/ShowcaseModelPage.tsx')).ShowcaseModelPage }) },
          // Published stories, without an account.
          { path: 'cong-khai/bai-viet', lazy: async () => ({ Component: (await import('./features/stories/public/PublicStoriesPage.tsx')).PublicStoriesPage }) },
          { path: 'cong-khai/bai-viet/:id', lazy: async () => ({ Component: (await import('./features/stories/public/PublicStoryPage.tsx')).PublicStoryPage }) },
        ],
      },
    ],
  },
  {
    element: <RequireAuth />,
    errorElement: <RouteErrorPage standalone />,
    // Opening a lazily loaded page directly: shown while its code arrives.
    hydrateFallbackElement: <PageLoading />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'to-chuc', element: <OrganizationsPage /> },
          { path: 'to-chuc/:id', element: <OrganizationPage /> },
          { path: 'nguoi', element: <PeopleSearchPage /> },
          { path: 'nguoi/:id', element: <PersonPage /> },
          { path: 'bao-mat', element: <SecurityPage /> },
          { path: 'cam-ket', element: <MyCommitmentPage /> },
          { path: 'cam-ket/:id', element: <CommitmentPage /> },
          // The printable form (with its own print stylesheet): loaded when opened.
          { path: 'cam-ket/:id/in', lazy: async () => ({ Component: (await import('./features/commitments/CommitmentPrintPage.tsx')).CommitmentPrintPage }) },
          // Leaders' exemplary commitments (Quy định 213): loaded when opened.
          { path: 'neu-guong', lazy: async () => ({ Component: (await import('./features/exemplary/ExemplaryListPage.tsx')).ExemplaryListPage }) },
          { path: 'neu-guong/:commitmentId', lazy: async () => ({ Component: (await import('./features/exemplary/ExemplaryPage.tsx')).ExemplaryPage }) },
          // The subtree dashboard ("Tổng hợp", ?org=&cycle=): it carries the charts, so it is loaded when opened.
          { path: 'tong-hop', lazy: async () => ({ Component: (await import('./features/dashboard/DashboardPage.tsx')).DashboardPage }) },
          // Nominations of exemplary models up the tree, commendation decisions and recognitions from the ratings: loaded when opened.
          { path: 'guong-dien-hinh/de-cu', lazy: async () => ({ Component: (await import('./features/nominations/NominationsPage.tsx')).NominationsPage }) },
          { path: 'guong-dien-hinh/de-cu/:id', lazy: async () => ({ Component: (await import('./features/nominations/NominationPage.tsx')).NominationPage }) },
          { path: 'guong-dien-hinh/khen-thuong', lazy: async () => ({ Component: (await import('./features/nominations/CommendationsPage.tsx')).CommendationsPage }) },
          { path: 'guong-dien-hinh/ghi-nhan', lazy: async () => ({ Component: (await import('./features/nominations/RecognitionsPage.tsx')).RecognitionsPage }) },
          // The scoring rubrics of nominations (read by reviewers, drafted and published by administrators): loaded when opened.
          { path: 'guong-dien-hinh/thang-diem', lazy: async () => ({ Component: (await import('./features/rubrics/RubricsPage.tsx')).RubricsPage }) },
          { path: 'guong-dien-hinh/thang-diem/:id', lazy: async () => ({ Component: (await import('./features/rubrics/RubricPage.tsx')).RubricPage }) },
          // Exemplary models: nominations, commendations, replication and the units with no nomination over a subtree (loaded when opened).
          { path: 'guong-dien-hinh/tong-hop', lazy: async () => ({ Component: (await import('./features/modelStats/ModelStatsPage.tsx')).ModelStatsPage }) },
          // Exemplary models over my units, the emulation movements, one model (story, photos, consent, publication, spread): loaded when opened.
          { path: 'guong-dien-hinh', lazy: async () => ({ Component: (await import('./features/models/ModelsPage.tsx')).ModelsPage }) },
          { path: 'guong-dien-hinh/phong-trao', lazy: async () => ({ Component: (await import('./features/models/MovementsPage.tsx')).MovementsPage }) },
          { path: 'guong-dien-hinh/:id', lazy: async () => ({ Component: (await import('./features/models/ModelPage.tsx')).ModelPage }) },
          // Citizens' suggestions of models, for the communes' moderators (loaded when opened).
          { path: 'guong-dien-hinh/goi-y', lazy: async () => ({ Component: (await import('./features/showcase/SuggestionsPage.tsx')).SuggestionsPage }) },
          // Stories ("bài viết") over my units and the editor of one (tiptap with it): loaded when opened.
          { path: 'guong-dien-hinh/bai-viet', lazy: async () => ({ Component: (await import('./features/stories/StoriesPage.tsx')).StoriesPage }) },
          { path: 'guong-dien-hinh/bai-viet/:id', lazy: async () => ({ Component: (await import('./features/stories/StoryPage.tsx')).StoryPage }) },
          // Importing people or organizations from Excel/CSV (offices, administrators): loaded when opened.
          { path: 'nhap-du-lieu', lazy: async () => ({ Component: (await import('./features/imports/ImportPage.tsx')).ImportPage }) },
          // Plans that cascade down the tree: a unit's board, an item, hand-downs to accept, the overview and the reporting periods.
          { path: 'ke-hoach', lazy: async () => ({ Component: (await import('./features/plans/PlansPage.tsx')).PlansPage }) },
          { path: 'ke-hoach/nhan-giao', lazy: async () => ({ Component: (await import('./features/plans/HandDownInboxPage.tsx')).HandDownInboxPage }) },
          { path: 'ke-hoach/tong-hop', lazy: async () => ({ Component: (await import('./features/plans/PlanDashboardPage.tsx')).PlanDashboardPage }) },
          { path: 'ke-hoach/ky-bao-cao', lazy: async () => ({ Component: (await import('./features/plans/PeriodsPage.tsx')).PeriodsPage }) },
          { path: 'ke-hoach/nhiem-vu/:id', lazy: async () => ({ Component: (await import('./features/plans/PlanItemPage.tsx')).PlanItemPage }) },
          // The handling units' inbox of citizens' feedback (offices, secretaries, leaders, inspectors): loaded when opened.
          { path: 'phan-anh-kien-nghi', lazy: async () => ({ Component: (await import('./features/feedback/FeedbackInboxPage.tsx')).FeedbackInboxPage }) },
          { path: 'phan-anh-kien-nghi/nhap', lazy: async () => ({ Component: (await import('./features/feedback/FeedbackEnterPage.tsx')).FeedbackEnterPage }) },
          { path: 'phan-anh-kien-nghi/linh-vuc', lazy: async () => ({ Component: (await import('./features/feedback/FeedbackCategoriesPage.tsx')).FeedbackCategoriesPage }) },
          { path: 'phan-anh-kien-nghi/phan-cong', lazy: async () => ({ Component: (await import('./features/feedback/FeedbackRoutesPage.tsx')).FeedbackRoutesPage }) },
          { path: 'phan-anh-kien-nghi/:id', lazy: async () => ({ Component: (await import('./features/feedback/FeedbackCasePage.tsx')).FeedbackCasePage }) },
          // Citizen receptions and dialogues, and the promises made there (offices, secretaries, leaders, inspectors): loaded when opened.
          { path: 'tiep-dan-doi-thoai', lazy: async () => ({ Component: (await import('./features/dialogues/DialoguesPage.tsx')).DialoguesPage }) },
          { path: 'tiep-dan-doi-thoai/loi-hua', lazy: async () => ({ Component: (await import('./features/dialogues/PromisesPage.tsx')).PromisesPage }) },
          { path: 'tiep-dan-doi-thoai/:id', lazy: async () => ({ Component: (await import('./features/dialogues/DialoguePage.tsx')).DialoguePage }) },
          // Inspection and supervision (inspectors, offices, secretaries, leaders; the inspected unit): loaded when opened.
          { path: 'kiem-tra-giam-sat', lazy: async () => ({ Component: (await import('./features/inspections/InspectionsPage.tsx')).InspectionsPage }) },
          { path: 'kiem-tra-giam-sat/:id', lazy: async () => ({ Component: (await import('./features/inspections/InspectionPage.tsx')).InspectionPage }) },
          // The register of shortcomings over my subtree, one shortcoming, and a member's own: loaded when opened.
          { path: 'han-che-khuyet-diem', lazy: async () => ({ Component: (await import('./features/shortcomings/ShortcomingsPage.tsx')).ShortcomingsPage }) },
          { path: 'han-che-khuyet-diem/cua-toi', lazy: async () => ({ Component: (await import('./features/shortcomings/MyShortcomingsPage.tsx')).MyShortcomingsPage }) },
          { path: 'han-che-khuyet-diem/:id', lazy: async () => ({ Component: (await import('./features/shortcomings/ShortcomingPage.tsx')).ShortcomingPage }) },
          // Administrators (accounts, cycles and rule sets), and rarely: loaded on first visit.
          { path: 'tai-khoan', lazy: async () => ({ Component: (await import('./features/accounts/AccountsPage.tsx')).AccountsPage }) },
          { path: 'tai-khoan/:id', lazy: async () => ({ Component: (await import('./features/accounts/AccountPage.tsx')).AccountPage }) },
          { path: 'chu-ky', lazy: async () => ({ Component: (await import('./features/cycles/CyclesPage.tsx')).CyclesPage }) },
          { path: 'chu-ky/:id', lazy: async () => ({ Component: (await import('./features/cycles/CyclePage.tsx')).CyclePage }) },
          { path: 'bo-quy-tac', lazy: async () => ({ Component: (await import('./features/rules/RuleSetsPage.tsx')).RuleSetsPage }) },
          { path: 'bo-quy-tac/:id', lazy: async () => ({ Component: (await import('./features/rules/RuleSetPage.tsx')).RuleSetPage }) },
          // The working-day calendar (holidays, worked weekend days) and the deadline calculator: administrators.
          { path: 'lich-nghi', lazy: async () => ({ Component: (await import('./features/calendar/CalendarPage.tsx')).CalendarPage }) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
])
