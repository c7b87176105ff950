import { Navigate, createBrowserRouter, type RouteObject } from 'react-router-dom'
import { LoginPage } from './features/auth/login-page'
import { CalendarPage, CalendarsPage } from './features/calendars'
import { FlowDesignerPage } from './features/flow-designer/flow-designer-page'
import { FormDesignerPage } from './features/form-designer/form-designer-page'
import { MatterEditPage } from './features/matters/matter-edit-page'
import { MatterListPage } from './features/matters/matter-list-page'
import { AppLayout } from './layout/app-layout'

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/matters" replace /> },
      { path: 'matters', element: <MatterListPage /> },
      { path: 'matters/:id', element: <MatterEditPage /> },
      { path: 'matters/:id/form', element: <FormDesignerPage /> },
      { path: 'matters/:id/flow', element: <FlowDesignerPage /> },
      { path: 'calendars', element: <CalendarsPage /> },
      { path: 'calendars/:id', element: <CalendarPage /> },
      { path: '*', element: <Navigate to="/matters" replace /> },
    ],
  },
]

/** The app is served under /designer/ (vite `base`). */
export const createRouter = () => createBrowserRouter(routes, { basename: import.meta.env.BASE_URL.replace(/\/$/, '') })
