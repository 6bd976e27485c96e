import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api';
import { awardApi } from '../../api/award';
import type { Juror } from '../../api/award';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { FormField } from '../../components/FormField';
import { generalMessage, looksLikeEmail, splitApiError, summaryItems } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { useFormErrors } from '../../components/useFormErrors';
import { useI18n } from '../../i18n';

const FIELD_IDS = { name: 'juror-name', email: 'juror-email' };

/** The jury: who is in it (with their progress), inviting someone by e-mail, removing a juror who has not scored. */
export function JurorsSection({
  programmeId,
  jurors,
  onChanged,
  onError,
}: {
  programmeId: string | number;
  jurors: Juror[];
  onChanged: (text: string) => void;
  onError: (text: string) => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();

  const invite = async (e: FormEvent) => {
    e.preventDefault();
    const found: FieldErrors = {};
    if (name.trim() === '') found[FIELD_IDS.name] = t('award.jurors.nameMissing');
    if (!looksLikeEmail(email)) found[FIELD_IDS.email] = t('award.jurors.emailBad');
    if (Object.keys(found).length > 0) {
      form.fail(found);
      return;
    }
    setBusy(true);
    try {
      const juror = await awardApi.inviteJuror(programmeId, { name: name.trim(), email: email.trim() });
      form.clear();
      setName('');
      setEmail('');
      // The name as typed: the account behind the address stays unknown until its owner accepts.
      onChanged(t('award.jurors.invited', { name: name.trim(), email: juror.email }));
    } catch (error) {
      const split = splitApiError(t, error, FIELD_IDS);
      form.fail(split.fields, split.general);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (juror: Juror) => {
    try {
      if (juror.userId === null) {
        await api.revokeInvitation(juror.organisationId ?? '', juror.invitationId ?? '');
        onChanged(t('award.jurors.withdrawn', { email: juror.email }));
      } else {
        await awardApi.removeJuror(programmeId, juror.userId);
        onChanged(t('award.jurors.removed', { name: juror.name ?? juror.email }));
      }
    } catch (error) {
      onError(generalMessage(t, error));
    }
  };

  return (
    <section className="card" aria-labelledby="jurors-title" data-testid="award-jurors">
      <h2 id="jurors-title">{t('award.jurors.title')}</h2>
      {jurors.length === 0 ? (
        <EmptyState>{t('award.jurors.none')}</EmptyState>
      ) : (
        <DataTable
          caption={t('award.jurors.caption')}
          rows={jurors}
          rowKey={(j) => (j.userId === null ? `invitation-${j.invitationId}` : String(j.userId))}
          rowProps={(j) => ({ 'data-juror': j.userId ?? `invitation-${j.invitationId}` })}
          columns={[
            { title: t('award.jurors.name'), rowHeader: true, cell: (j) => j.name ?? t('award.jurors.pendingName') },
            { title: t('award.jurors.email'), cell: (j) => j.email },
            { title: t('award.jurors.company'), cell: (j) => j.companyName ?? '–' },
            {
              title: t('award.jurors.account'),
              cell: (j) => t(j.invitationPending ? 'award.jurors.pending' : 'award.jurors.active'),
            },
            { title: t('award.jurors.scored'), cell: (j) => j.scored, className: 'num' },
            {
              title: t('award.jurors.actions'),
              cell: (j) =>
                j.scored === 0 ? (
                  <Button variant="secondary" size="small" onClick={() => remove(j)}>
                    {j.name === null ? t('award.jurors.withdraw', { email: j.email }) : t('award.jurors.remove', { name: j.name })}
                  </Button>
                ) : (
                  '–'
                ),
            },
          ]}
        />
      )}
      <h3>{t('award.jurors.inviteTitle')}</h3>
      <p>{t('award.jurors.inviteIntro')}</p>
      <ErrorSummary
        title={t('errors.summaryTitle')}
        titleId="juror-errors"
        items={summaryItems(Object.values(FIELD_IDS), form.errors, form.general)}
        version={form.version}
      />
      <form className="form" onSubmit={invite} noValidate>
        <FormField
          id={FIELD_IDS.name}
          label={t('award.jurors.nameLabel')}
          value={name}
          onChange={setName}
          maxLength={200}
          autoComplete="off"
          error={form.errors[FIELD_IDS.name]}
          required
        />
        <FormField
          id={FIELD_IDS.email}
          type="email"
          label={t('award.jurors.emailLabel')}
          value={email}
          onChange={setEmail}
          autoComplete="off"
          error={form.errors[FIELD_IDS.email]}
          required
        />
        <FormActions label={t('award.jurors.invite')} busy={busy} />
      </form>
    </section>
  );
}
