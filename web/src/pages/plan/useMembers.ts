import { useEffect, useState } from 'react';
import { api } from '../../api';
import type { OrganisationMember } from '../../api';

/**
 * The school's members who can own a goal or an action (coordinators and team members with an account),
 * loaded only when `wanted` (the coordinator edits the plan). Empty while loading or when not readable.
 */
export function useMembers(organisationId: string, wanted: boolean): OrganisationMember[] {
  const [members, setMembers] = useState<OrganisationMember[]>([]);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    api.organisation(organisationId).then(
      (organisation) =>
        live &&
        setMembers(
          organisation.members
            .filter((m) => m.role === 'coordinator' || m.role === 'team_member')
            .sort((a, b) => a.name.localeCompare(b.name)),
        ),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [organisationId, wanted]);
  return members;
}
