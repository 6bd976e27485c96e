import { useState } from 'react';
import { networkApi } from '../../api/network';
import { generalMessage } from '../../components/formErrors';
import { useLoad } from '../../components/useLoad';
import { LoadStatus } from '../../components/LoadStatus';
import { Button } from '../../components/Button';
import { ConfirmButton } from '../../components/ConfirmButton';
import { NoticeArea } from '../../components/NoticeArea';
import type { Notice } from '../../components/NoticeArea';
import { useI18n } from '../../i18n';

/** "My calendar feed": the private address of all the user's sessions, to copy or to replace. */
export function CalendarFeed() {
  const { t } = useI18n();
  const { state, reload, setData } = useLoad(() => networkApi.icalFeed(), []);
  const [notice, setNotice] = useState<Notice | null>(null);

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setNotice({ text: t('sessions.feed.copied'), error: false });
    } catch {
      setNotice({ text: t('sessions.feed.copyFailed'), error: false });
    }
  };

  const reset = async () => {
    setNotice(null);
    try {
      setData(await networkApi.resetIcalFeed());
      setNotice({ text: t('sessions.feed.resetDone'), error: false });
    } catch (e) {
      setNotice({ text: generalMessage(t, e), error: true });
    }
  };

  return (
    <section className="card" aria-labelledby="feed-title" data-testid="calendar-feed">
      <h2 id="feed-title">{t('sessions.feed.title')}</h2>
      <p>{t('sessions.feed.intro')}</p>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && (
        <>
          <div className="field">
            <label htmlFor="feed-url">{t('sessions.feed.url')}</label>
            <input id="feed-url" type="text" readOnly value={state.data.url} onFocus={(e) => e.target.select()} />
          </div>
          <div className="form__actions">
            <Button variant="secondary" onClick={() => copy(state.data.url)}>
              {t('sessions.feed.copy')}
            </Button>
            <ConfirmButton
              small={false}
              danger
              label={t('sessions.feed.reset')}
              question={t('sessions.feed.resetConfirm')}
              confirmText={t('sessions.feed.resetYes')}
              onConfirm={reset}
            />
          </div>
        </>
      )}
      <NoticeArea notice={notice} />
    </section>
  );
}
