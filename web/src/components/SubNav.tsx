import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Link, useLocation } from 'react-router';
import '../styles/navigation.css';

/** One page in a sub navigation. `end`: current only on this exact path, not on the pages under it. */
export interface SubNavLink {
  to: string;
  label: string;
  end?: boolean;
}

/** A few pages under a short label (e.g. "Schools": registrations, progress, matching, import). */
export interface SubNavGroup {
  id: string;
  label: string;
  links: SubNavLink[];
}

/** The pathname of a link target (`/a/b?x=1#y` → `/a/b`). */
function pathOf(to: string): string {
  return to.split(/[?#]/, 1)[0]!;
}

/** True when `pathname` is the page `link` leads to (or, without `end`, a page under it). */
export function isCurrentLink(link: SubNavLink, pathname: string): boolean {
  const target = pathOf(link.to).replace(/\/+$/, '');
  const here = pathname.replace(/\/+$/, '');
  return here === target || (!link.end && here.startsWith(`${target}/`));
}

/** The group and link of the page shown now, if it is one of them (the most specific match wins). */
export function currentLink(groups: SubNavGroup[], pathname: string): { group: SubNavGroup; link: SubNavLink } | null {
  let best: { group: SubNavGroup; link: SubNavLink } | null = null;
  for (const group of groups)
    for (const link of group.links)
      if (isCurrentLink(link, pathname) && (!best || pathOf(link.to).length > pathOf(best.link.to).length)) best = { group, link };
  return best;
}

/**
 * Grouped sub navigation of the pages about one thing (a programme, a school): plain links, each its
 * own route, the one shown now marked with `aria-current="page"`. Wide screens see every group at once,
 * a label above its links; below 40rem the groups fold behind one button that names the current page
 * (a disclosure: `aria-expanded`, Escape closes it and returns the focus), so a phone keeps its width.
 */
export function SubNav({ label, groups, toggleText }: { label: string; groups: SubNavGroup[]; toggleText: string }) {
  const { pathname } = useLocation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const here = currentLink(groups, pathname);
  const shown = groups.filter((g) => g.links.length > 0);

  // A link was followed: the folded menu closes again.
  useEffect(() => setOpen(false), [pathname]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      setOpen(false);
      toggle.current?.focus();
    }
  };

  if (shown.length === 0) return null;
  return (
    <nav className="sub-nav" aria-label={label} onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="sub-nav__toggle"
        aria-expanded={open}
        aria-controls={`${id}-groups`}
        onClick={() => setOpen((o) => !o)}
      >
        {here ? (
          <>
            <span className="sub-nav__toggle-text">
              <span className="sub-nav__toggle-group">{here.group.label}:</span> {here.link.label}
            </span>{' '}
            <span className="visually-hidden">–</span> <span className="sub-nav__toggle-more">{toggleText}</span>
          </>
        ) : (
          <span className="sub-nav__toggle-text">{toggleText}</span>
        )}
      </button>
      <div id={`${id}-groups`} className={open ? 'sub-nav__groups sub-nav__groups--open' : 'sub-nav__groups'}>
        {shown.map((group) => {
          const labelId = `${id}-${group.id}`;
          return (
            <div key={group.id} className={here?.group === group ? 'sub-nav__group sub-nav__group--current' : 'sub-nav__group'}>
              <span id={labelId} className="sub-nav__label">
                {group.label}
              </span>
              <ul aria-labelledby={labelId}>
                {group.links.map((link) => (
                  <li key={link.to}>
                    <Link to={link.to} aria-current={here?.link === link ? 'page' : undefined}>
                      {link.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </nav>
  );
}
