import type { ReactNode } from 'react';
import { Link } from 'react-router';
import '../styles/navigation.css';

/** A link in a group; `after` is shown behind it (e.g. a status). */
export interface GroupedLink {
  to: string;
  label: string;
  after?: ReactNode;
}

export interface LinkGroup {
  id: string;
  label: string;
  links: GroupedLink[];
}

/**
 * Links under a few short headings, side by side where there is room (e.g. a programme card on the
 * home page: "Measure", "Plan and evidence", "Learning network"). The same groups as the pages' SubNav,
 * but as part of the content: headings (`level`, h3 by default) instead of a navigation landmark.
 */
export function LinkGroups({ groups, level = 3, idPrefix }: { groups: LinkGroup[]; level?: 2 | 3 | 4; idPrefix: string }) {
  const Heading = `h${level}` as 'h2' | 'h3' | 'h4';
  return (
    <div className="link-groups">
      {groups
        .filter((group) => group.links.length > 0)
        .map((group) => {
          const headingId = `${idPrefix}-${group.id}`;
          return (
            <div key={group.id} className="link-groups__group" data-group={group.id}>
              <Heading id={headingId} className="link-groups__heading">
                {group.label}
              </Heading>
              <ul aria-labelledby={headingId}>
                {group.links.map((link) => (
                  <li key={link.to}>
                    <Link to={link.to}>{link.label}</Link>
                    {link.after}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
    </div>
  );
}
