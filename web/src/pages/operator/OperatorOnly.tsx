import type { ReactNode } from 'react';
import { useSession } from '../../session';
import { NotFoundPage } from '../not-found/NotFoundPage';

/**
 * The operator's pages exist for the operator only: anyone else gets the not-found page, as the server
 * answers 404 on their routes. Used inside RequireAuth, so the session is known.
 */
export function OperatorOnly({ children }: { children: ReactNode }) {
  const { me } = useSession();
  if (!me?.operator) return <NotFoundPage />;
  return <>{children}</>;
}
