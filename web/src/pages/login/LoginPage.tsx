import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { api, isApiError } from '../../api';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import {
  looksLikeEmail,
  splitApiError,
  summaryItems,
} from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import { safeNext, useSession } from '../../session';

const ORDER = ['email', 'password'];

export function LoginPage() {
  const { t } = useI18n();
  const { state, signedIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fields, setFields] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signedIn' && !busy) return <Navigate to={next} replace />;

  const fail = (f: FieldErrors, g: string | null) => {
    setFields(f);
    setGeneral(g);
    setVersion((v) => v + 1);
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const errors: FieldErrors = {};
    if (email.trim() === '') errors.email = t('validation.emailRequired');
    else if (!looksLikeEmail(email)) errors.email = t('validation.emailInvalid');
    if (password === '') errors.password = t('validation.passwordRequired');
    if (Object.keys(errors).length > 0) return fail(errors, null);

    setBusy(true);
    try {
      const me = await api.login(email.trim(), password);
      signedIn(me);
      navigate(next, { replace: true });
    } catch (error) {
      setBusy(false);
      setPassword('');
      if (isApiError(error, 'invalid_credentials')) {
        return fail({}, t('login.invalidCredentials'));
      }
      const split = splitApiError(t, error, { email: 'email', password: 'password' });
      fail(split.fields, split.general);
    }
  };

  return (
    <Page className="narrow" title={t('login.title')}>
      {signedOut && (
        <p className="notice" role="status">
          {t('login.signedOut')}
        </p>
      )}
      {params.get('next') && <p>{t('login.needSession')}</p>}
      <ErrorSummary
        title={t('errors.summaryTitle')}
        items={summaryItems(ORDER, fields, general)}
        version={version}
      />
      <form noValidate onSubmit={submit} className="form">
        <FormField
          id="email"
          label={t('field.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          error={fields.email}
          required
        />
        <FormField
          id="password"
          label={t('field.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={fields.password}
          required
        />
        <div className="form__actions">
          <Button type="submit" disabled={busy}>
            {busy ? t('login.submitting') : t('login.submit')}
          </Button>
          <Link to="/forgot-password">{t('login.forgotPassword')}</Link>
        </div>
      </form>
    </Page>
  );
}
