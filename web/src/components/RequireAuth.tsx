import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../session';
import { Loading } from './Loading';

/** Pages that need a session: anonymous visitors go to log-in and come back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <Loading />;
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
