import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { api } from '../../api';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { Page } from '../../components/Page';
import { looksLikeEmail, splitApiError, summaryItems } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n';

export function ForgotPasswordPage() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);

  const fail = (f: FieldErrors, g: string | null) => {
    setFields(f);
    setGeneral(g);
    setVersion((v) => v + 1);
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const value = email.trim();
    if (value === '') return fail({ email: t('validation.emailRequired') }, null);
    if (!looksLikeEmail(value)) return fail({ email: t('validation.emailInvalid') }, null);
    setBusy(true);
    try {
      await api.requestPasswordReset(value);
      setSentTo(value);
    } catch (error) {
      const split = splitApiError(t, error, { email: 'email' });
      fail(split.fields, split.general);
    } finally {
      setBusy(false);
    }
  };

  if (sentTo !== null) {
    return (
      <Page className="narrow" title={t('forgot.sentTitle')}>
        <p role="status">{t('forgot.sentText', { email: sentTo })}</p>
        <p>{t('forgot.sentHint')}</p>
        <p>
          <Link to="/login">{t('forgot.backToLogin')}</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page className="narrow" title={t('forgot.title')}>
      <p>{t('forgot.intro')}</p>
      <ErrorSummary
        title={t('errors.summaryTitle')}
        items={summaryItems(['email'], fields, general)}
        version={version}
      />
      <form noValidate onSubmit={submit} className="form">
        <FormField
          id="email"
          label={t('field.email')}
          type="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={fields.email}
          required
        />
        <div className="form__actions">
          <Button type="submit" disabled={busy}>
            {t('forgot.submit')}
          </Button>
          <Link to="/login">{t('forgot.backToLogin')}</Link>
        </div>
      </form>
    </Page>
  );
}
