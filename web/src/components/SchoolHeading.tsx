import { useEffect, useState } from 'react';
import { api } from '../api';
import { useSession } from '../session';

/**
 * The name of the school a page is about: from the user's own membership, or, for an organiser or a
 * mentor who is not a member, fetched from the organisation (null until it arrives or when it cannot be read).
 */
export function useSchoolName(orgId: string): string | null {
  const { me } = useSession();
  const own = me?.memberships.find((m) => String(m.organisationId) === orgId && m.organisationKind === 'school');
  const [fetched, setFetched] = useState<string | null>(null);
  useEffect(() => {
    if (own) return;
    let live = true;
    api.organisation(orgId).then(
      (organisation) => live && setFetched(organisation.name),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [own, orgId]);
  return own?.organisationName ?? fetched;
}
