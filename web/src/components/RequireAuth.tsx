import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../session';
import { PageLoading } from './PageLoading';

/** Pages that need a session: anonymous visitors go to log-in and come back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();
  // As a page's code loading: nothing shows for a moment (nor the footer), so the frame growing its menu
  // once the session is known moves nothing in view (layout shift; bench/README.md, Lighthouse).
  if (state.status === 'loading') return <PageLoading />;
  if (state.status === 'anonymous' && state.signedOut) {
    // Just logged out: go to log-in without coming back here afterwards.
    return <Navigate to="/login" state={{ signedOut: true }} replace />;
  }
  if (state.status !== 'signedIn') {
    const next = location.pathname + location.search;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}
