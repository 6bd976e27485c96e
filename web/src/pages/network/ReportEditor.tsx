import { useRef, useState } from 'react';
import { networkApi } from '../../api/network';
import type { Session } from '../../api/network';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { TextAreaField, CheckboxField } from '../../components/fields';
import { generalMessage } from '../../components/formErrors';
import { NoticeArea } from '../../components/NoticeArea';
import type { Notice } from '../../components/NoticeArea';
import { useI18n } from '../../i18n';
import { formatSize } from './logic';
import { Markdown } from './Markdown';

/** The organiser writes the session report (Markdown subset), publishes it and adds attachments. */
export function ReportEditor({ session, onChanged }: { session: Session; onChanged: (s: Session) => void }) {
  const { t, language } = useI18n();
  const [body, setBody] = useState(session.report?.body ?? '');
  const [published, setPublished] = useState(!!session.report?.publishedAt);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);

  const run = async (work: () => Promise<Session>, done: string) => {
    setBusy(true);
    setNotice(null);
    try {
      onChanged(await work());
      setNotice({ text: done, error: false });
    } catch (e) {
      setNotice({ text: generalMessage(t, e), error: true });
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    run(() => networkApi.saveReport(session.id, body, published), published ? t('sessions.reportPublished') : t('sessions.reportSaved'));

  const upload = () => {
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setNotice({ text: t('sessions.chooseFile'), error: true });
      return;
    }
    void run(async () => {
      await networkApi.uploadAttachment(session.id, file, file.name);
      if (fileRef.current) fileRef.current.value = '';
      return networkApi.session(session.id);
    }, t('sessions.attachmentAdded', { name: file.name }));
  };

  return (
    <section className="card" aria-labelledby="report-editor-title" data-testid="report-editor">
      <h2 id="report-editor-title">{t('sessions.reportEditor')}</h2>
      <TextAreaField id="report-body" label={t('sessions.reportBody')} hint={t('sessions.reportHint')} value={body} onChange={setBody} rows={10} />
      <CheckboxField id="report-published" label={t('sessions.reportPublish')} checked={published} onChange={setPublished} hint={t('sessions.reportPublishHint')} />
      <div className="form__actions">
        <Button onClick={save} disabled={busy}>
          {t('sessions.reportSave')}
        </Button>
      </div>
      {body.trim() !== '' && (
        <details className="preview">
          <summary>{t('sessions.reportPreview')}</summary>
          <Markdown source={body} />
        </details>
      )}
      <h3>{t('sessions.attachments')}</h3>
      {session.attachments.length === 0 ? (
        <EmptyState>{t('sessions.noAttachments')}</EmptyState>
      ) : (
        <ul className="attachments">
          {session.attachments.map((a) => (
            <li key={a.id}>
              <a href={a.url}>{a.fileName}</a> <span className="muted">({formatSize(a.size, language)})</span>{' '}
              <Button
                variant="danger"
                size="small"
                disabled={busy}
                onClick={() =>
                  run(async () => {
                    await networkApi.deleteAttachment(session.id, a.id);
                    return networkApi.session(session.id);
                  }, t('sessions.attachmentRemoved', { name: a.fileName }))
                }
              >
                {t('sessions.removeAttachment')}{' '}
                <span className="visually-hidden">{a.fileName}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor="attachment-file">{t('sessions.attachmentFile')}</label>
        <input id="attachment-file" type="file" ref={fileRef} />
      </div>
      <Button variant="secondary" onClick={upload} disabled={busy}>
        {t('sessions.upload')}
      </Button>
      <NoticeArea notice={notice} />
    </section>
  );
}
