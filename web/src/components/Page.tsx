import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Loaded } from './useLoad';
import { LoadStatus } from './LoadStatus';
import { PageHeading } from './PageHeading';

interface PageFrame {
  /** The page's name: the heading, and the document title. */
  title: string;
  /** What the page is about (a school's or a programme's name): under the title in the heading, and after
   * it in the document title ("Actieplan – Ter Duinen"), so a tab or a history entry says which school. */
  about?: string | null;
  /** The `<h1>`'s content when it is more than the title and `about`. */
  heading?: ReactNode;
  /** Above the heading: the way back to the page this one belongs under (a breadcrumb). */
  back?: { to: string; label: string } | null;
  /** Below the heading, before the content: the pages about the same thing (SubNav, SchoolNav…). */
  nav?: ReactNode;
  className?: string;
}

/**
 * A page: its heading, its navigation, then its content. Given `load`, the content is a function of the
 * loaded data and the page shows "loading" or "could not load, try again" until then; the heading
 * stays in place meanwhile, so the page does not jump and screen readers hear where they are.
 */
export function Page(props: PageFrame & { children: ReactNode }): ReactNode;
export function Page<T>(
  props: PageFrame & { load: Loaded<T>; onRetry: () => void; children: (data: T) => ReactNode },
): ReactNode;
export function Page<T>({
  title,
  about,
  heading,
  back,
  nav,
  className,
  load,
  onRetry,
  children,
}: PageFrame & { load?: Loaded<T>; onRetry?: () => void; children: ReactNode | ((data: T) => ReactNode) }) {
  let content: ReactNode;
  if (!load) content = children as ReactNode;
  else if (load.status === 'ready') content = (children as (data: T) => ReactNode)(load.data);
  else content = <LoadStatus state={load} onRetry={onRetry ?? (() => undefined)} />;
  return (
    <div className={className ? `page ${className}` : 'page'}>
      {back && (
        <p className="breadcrumb">
          <Link to={back.to}>{back.label}</Link>
        </p>
      )}
      <PageHeading title={about ? `${title} – ${about}` : title}>
        {heading ?? (
          <>
            {title}
            {about && (
              <>
                <span className="visually-hidden"> – </span>
                <span className="page-heading__sub">{about}</span>
              </>
            )}
          </>
        )}
      </PageHeading>
      {nav}
      {content}
    </div>
  );
}
