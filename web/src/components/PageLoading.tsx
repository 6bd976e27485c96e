// The states of a page whose code is still on its way (pages are loaded on demand, see App.tsx).

import { Component } from 'react';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { Button } from './Button';

/**
 * Suspense fallback while a page's chunk loads: a polite status in the page's place. The footer is
 * hidden meanwhile (app.css), so the page arriving pushes nothing that was on screen; the text itself
 * only appears after a short delay, so a fast load shows no flash.
 */
export function PageLoading() {
  const { t } = useI18n();
  return (
    <p role="status" className="loading page-loading">
      {t('common.loading')}
    </p>
  );
}

function PageLoadFailed() {
  const { t } = useI18n();
  return (
    <div className="banner" role="alert">
      <p>{t('app.pageLoadFailed')}</p>
      {/* A reload also fetches a newer build whose chunk names have changed. */}
      <Button variant="secondary" onClick={() => window.location.reload()}>
        {t('common.retry')}
      </Button>
    </div>
  );
}

interface BoundaryProps {
  /** The address: after a failure, going elsewhere tries again. */
  resetKey: string;
  children: ReactNode;
}

/** Catches a page that could not be loaded (offline, or a chunk gone after a new release). */
export class PageLoadBoundary extends Component<BoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidUpdate(previous: BoundaryProps) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  render() {
    return this.state.failed ? <PageLoadFailed /> : this.props.children;
  }
}
