import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, isApiError } from '../../api';
import type { TokenInfo } from '../../api';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { LoadFailed } from '../../components/LoadFailed';
import { FormField } from '../../components/FormField';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { generalMessage, splitApiError, summaryItems } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { MIN_PASSWORD_LENGTH, passwordLength, tokenFromHash } from './token';

type TokenState =
  | { status: 'missing' }
  | { status: 'checking' }
  | { status: 'invalid' }
  | { status: 'failed'; message: string }
  | { status: 'valid'; info: TokenInfo };

const ORDER = ['password', 'confirmation'];

export function SetPasswordPage() {
  const { t } = useI18n();
  const { signedIn } = useSession();
  const navigate = useNavigate();
  // Read once: the token lives in the fragment, so it never reaches a server log.
  const [token] = useState(() => tokenFromHash(window.location.hash));
  const [tokenState, setTokenState] = useState<TokenState>(
    token ? { status: 'checking' } : { status: 'missing' },
  );
  const [attempt, setAttempt] = useState(0);

  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [fields, setFields] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!token) return;
    let live = true;
    api.tokenInfo(token).then(
      (info) => live && setTokenState({ status: 'valid', info }),
      (error) => {
        if (!live) return;
        if (isApiError(error, 'token_invalid') || isApiError(error, 'not_found')) {
          setTokenState({ status: 'invalid' });
        } else {
          setTokenState({ status: 'failed', message: generalMessage(t, error) });
        }
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [token, attempt]);

  if (tokenState.status === 'checking') return <Loading />;

  if (tokenState.status === 'failed') {
    return (
      <Page className="narrow" title={t('setPassword.title')}>
        <LoadFailed
          message={tokenState.message}
          onRetry={() => {
            setTokenState({ status: 'checking' });
            setAttempt((a) => a + 1);
          }}
        />
      </Page>
    );
  }

  if (tokenState.status === 'missing' || tokenState.status === 'invalid') {
    const title = t('setPassword.invalidTitle');
    return (
      <Page className="narrow" title={title}>
        <p role="alert" className="notice notice--error">
          {tokenState.status === 'missing' ? t('setPassword.missingText') : t('setPassword.invalidText')}
        </p>
        <p>{t('setPassword.invalidHelp')}</p>
        <p>
          <Link to="/forgot-password">{t('setPassword.requestNew')}</Link>
        </p>
      </Page>
    );
  }

  const { info } = tokenState;
  const invite = info.purpose === 'invite';
  const title = invite ? t('setPassword.inviteTitle') : t('setPassword.resetTitle');

  const fail = (f: FieldErrors, g: string | null) => {
    setFields(f);
    setGeneral(g);
    setVersion((v) => v + 1);
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const errors: FieldErrors = {};
    if (password === '') errors.password = t('validation.passwordRequired');
    else if (passwordLength(password) < MIN_PASSWORD_LENGTH)
      errors.password = t('validation.passwordTooShort', { min: MIN_PASSWORD_LENGTH });
    if (confirmation === '') errors.confirmation = t('validation.confirmationRequired');
    else if (password !== '' && confirmation !== password)
      errors.confirmation = t('validation.confirmationMismatch');
    if (Object.keys(errors).length > 0) return fail(errors, null);

    setBusy(true);
    try {
      const me = await api.setPassword(token ?? '', password);
      signedIn(me);
      navigate('/', { replace: true });
    } catch (error) {
      setBusy(false);
      if (isApiError(error, 'token_invalid')) {
        setTokenState({ status: 'invalid' });
        return;
      }
      const split = splitApiError(t, error, { password: 'password' });
      fail(split.fields, split.general);
    }
  };

  return (
    <Page className="narrow" title={title}>
      <p>
        {invite
          ? t('setPassword.inviteIntro', { name: info.name, email: info.email })
          : t('setPassword.resetIntro', { name: info.name, email: info.email })}
      </p>
      <ErrorSummary
        title={t('errors.summaryTitle')}
        items={summaryItems(ORDER, fields, general)}
        version={version}
      />
      <form noValidate onSubmit={submit} className="form">
        <FormField
          id="account"
          label={t('field.email')}
          type="email"
          autoComplete="username"
          value={info.email}
          onChange={() => undefined}
          readOnly
        />
        <FormField
          id="password"
          label={t('field.newPassword')}
          type="password"
          autoComplete="new-password"
          hint={t('setPassword.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          value={password}
          onChange={setPassword}
          error={fields.password}
          required
        />
        <FormField
          id="confirmation"
          label={t('field.confirmPassword')}
          type="password"
          autoComplete="new-password"
          value={confirmation}
          onChange={setConfirmation}
          error={fields.confirmation}
          required
        />
        <FormActions label={invite ? t('setPassword.submitInvite') : t('setPassword.submitReset')} busy={busy} />
      </form>
    </Page>
  );
}
