import type { ReactNode } from 'react';
import type { Loaded } from './useLoad';
import { LoadStatus } from './LoadStatus';
import { PageHeading } from './PageHeading';

interface PageFrame {
  /** The document title (and the heading when `heading` is not given). */
  title: string;
  /** The `<h1>`'s content when it says more than the title (a school's or a programme's name). */
  heading?: ReactNode;
  /** Above the heading: the way back (a breadcrumb). */
  before?: ReactNode;
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
  heading,
  before,
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
      {before}
      <PageHeading title={title}>{heading ?? title}</PageHeading>
      {nav}
      {content}
    </div>
  );
}
