import { ROLES } from '../../api';
import type { Membership, Role } from '../../api';
import type { MessageKey } from '../../i18n';

export interface RoleGroup {
  role: Role;
  memberships: Membership[];
}

/** Memberships grouped per role, in the programme's order of roles; unknown roles are left out. */
export function groupByRole(memberships: Membership[]): RoleGroup[] {
  return ROLES.map((role) => ({
    role,
    memberships: memberships
      .filter((m) => m.role === role)
      .sort((a, b) => a.organisationName.localeCompare(b.organisationName)),
  })).filter((group) => group.memberships.length > 0);
}

export const ROLE_TEXT: Record<Role, { title: MessageKey; does: MessageKey; next: MessageKey }> = {
  organiser: { title: 'role.organiser.title', does: 'role.organiser.does', next: 'role.organiser.next' },
  coordinator: {
    title: 'role.coordinator.title',
    does: 'role.coordinator.does',
    next: 'role.coordinator.next',
  },
  team_member: {
    title: 'role.team_member.title',
    does: 'role.team_member.does',
    next: 'role.team_member.next',
  },
  mentor: { title: 'role.mentor.title', does: 'role.mentor.does', next: 'role.mentor.next' },
  reviewer: { title: 'role.reviewer.title', does: 'role.reviewer.does', next: 'role.reviewer.next' },
  jury: { title: 'role.jury.title', does: 'role.jury.does', next: 'role.jury.next' },
};

export const KIND_TEXT: Record<string, MessageKey> = {
  organiser: 'kind.organiser',
  school: 'kind.school',
  company: 'kind.company',
};
