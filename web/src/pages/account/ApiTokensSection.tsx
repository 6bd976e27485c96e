import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api';
import type { ApiToken } from '../../api';
import { Button } from '../../components/Button';
import { ConfirmButton } from '../../components/ConfirmButton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { LoadStatus } from '../../components/LoadStatus';
import { NoticeArea } from '../../components/NoticeArea';
import type { Notice } from '../../components/NoticeArea';
import { Pagination } from '../../components/Pagination';
import { SelectField } from '../../components/fields';
import { formatDate, formatMoment } from '../../components/dates';
import { generalMessage, splitApiError, summaryItems } from '../../components/formErrors';
import { useFormErrors } from '../../components/useFormErrors';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';

/** The server's limit on a token's name (docs/api.md, "API tokens"). */
export const TOKEN_NAME_MAX = 80;
const IDS = { name: 'token-name', scope: 'token-scope', validity: 'token-validity' };
const ORDER = [IDS.name, IDS.scope, IDS.validity];
type Validity = '7d' | '30d' | '90d' | '365d';
const SCOPE_LABEL = { read: 'account.tokens.scope.read', write: 'account.tokens.scope.write' } as const;
const STATUS_LABEL = {
  active: 'account.tokens.status.active',
  expired: 'account.tokens.status.expired',
  revoked: 'account.tokens.status.revoked',
} as const;

/**
 * The part of `/account` where an organiser makes personal API tokens for scripts (a CRM, reporting) and
 * revokes them (docs/api.md "API tokens"). A new token is shown once, in a read-only field to copy; the
 * list shows each token's state, expiry and use, never the token again.
 */
export function ApiTokensSection() {
  const { t, language } = useI18n();
  const [page, setPage] = useState(1);
  const { state, reload } = useLoad(() => api.apiTokens(page), [page]);
  const [name, setName] = useState('');
  const [scope, setScope] = useState<ApiToken['scope']>('read');
  const [validity, setValidity] = useState<Validity>('90d');
  const { errors, general, version, fail, clear } = useFormErrors();
  const [made, setMade] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setNotice(null);
    setMade(null);
    const text = name.trim();
    if (!text) return fail({ [IDS.name]: t('account.tokens.nameRequired') });
    setBusy(true);
    try {
      const answer = await api.createApiToken(text, scope, validity);
      clear();
      setName('');
      setMade(answer.token);
      if (page === 1) reload();
      else setPage(1);
    } catch (error) {
      const split = splitApiError(t, error, IDS);
      fail(split.fields, split.general);
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (token: ApiToken) => {
    setNotice(null);
    try {
      await api.revokeApiToken(token.id);
      setNotice({ text: t('account.tokens.revoked', { name: token.name }), error: false });
    } catch (e) {
      setNotice({ text: generalMessage(t, e), error: true });
    }
    reload();
    heading.current?.focus();
  };

  return (
    <section className="card" aria-labelledby="account-tokens" data-testid="account-tokens">
      <h2 id="account-tokens" ref={heading} tabIndex={-1}>
        {t('account.tokens.title')}
      </h2>
      <p>{t('account.tokens.intro')}</p>
      <p>{t('account.tokens.howTo')}</p>

      <ErrorSummary title={t('errors.summaryTitle')} items={summaryItems(ORDER, errors, general)} version={version} titleId="token-errors" />
      <form className="form" noValidate onSubmit={submit}>
        <FormField id={IDS.name} label={t('account.tokens.name')} hint={t('account.tokens.nameHint')} value={name} onChange={setName} error={errors[IDS.name]} maxLength={TOKEN_NAME_MAX} autoComplete="off" required />
        <SelectField
          id={IDS.scope}
          label={t('account.tokens.scope')}
          value={scope}
          onChange={(v) => setScope(v as ApiToken['scope'])}
          options={(['read', 'write'] as const).map((v) => ({ value: v, label: t(SCOPE_LABEL[v]) }))}
          error={errors[IDS.scope]}
        />
        <SelectField
          id={IDS.validity}
          label={t('account.tokens.validity')}
          value={validity}
          onChange={(v) => setValidity(v as Validity)}
          options={(['7d', '30d', '90d', '365d'] as const).map((v) => ({ value: v, label: t('account.tokens.days', { count: parseInt(v, 10) }) }))}
          error={errors[IDS.validity]}
        />
        <div className="form__actions">
          <Button type="submit" disabled={busy}>
            {t('account.tokens.make')}
          </Button>
        </div>
      </form>

      {made && (
        <div className="notice notice--ok" role="status">
          <p>{t('account.tokens.madeOnce')}</p>
          <FormField id="token-new" label={t('account.tokens.newToken')} value={made} onChange={() => undefined} readOnly />
        </div>
      )}
      <NoticeArea notice={notice} />

      <h3>{t('account.tokens.listTitle')}</h3>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' &&
        (state.data.tokens.length === 0 ? (
          <EmptyState>{t('account.tokens.empty')}</EmptyState>
        ) : (
          <>
            <ul className="token-list">
              {state.data.tokens.map((token) => (
                <li key={token.id} className="token-list__item" data-token={token.id}>
                  <p className="token-list__name">
                    <strong>{token.name}</strong> · {t(SCOPE_LABEL[token.scope])} · {t(STATUS_LABEL[token.status])}
                  </p>
                  <p>
                    {t('account.tokens.validUntil', { date: formatDate(token.expiresAt, language) })}
                    {' · '}
                    {token.lastUsedAt
                      ? t('account.tokens.used', { count: token.uses, moment: formatMoment(token.lastUsedAt, language) })
                      : t('account.tokens.neverUsed')}
                  </p>
                  {token.status === 'active' && (
                    <ConfirmButton
                      label={t('account.tokens.revoke')}
                      question={t('account.tokens.revokeQuestion', { name: token.name })}
                      confirmText={t('account.tokens.revokeYes')}
                      onConfirm={() => revoke(token)}
                      danger
                      small={false}
                    />
                  )}
                </li>
              ))}
            </ul>
            <Pagination label={t('account.tokens.pages')} page={state.data.page} pages={state.data.pages} onPage={setPage} />
          </>
        ))}
    </section>
  );
}
