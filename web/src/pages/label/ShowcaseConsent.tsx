import { useState } from 'react';
import { Link } from 'react-router';
import { labelApi } from '../../api/label';
import { generalMessage } from '../../components/formErrors';
import { CheckboxField } from '../../components/fields';
import { useI18n } from '../../i18n';
import type { Notice } from '../../components/NoticeArea';

/**
 * The coordinator's consent to show the school on the public showcase (only while it holds a valid
 * label above none). Saved as soon as the box changes; others see the choice as text.
 */
export function ShowcaseConsent({
  organisationId,
  consented,
  canAct,
  hasLabel,
  onNotice,
}: {
  organisationId: string;
  consented: boolean;
  canAct: boolean;
  hasLabel: boolean;
  onNotice: (notice: Notice) => void;
}) {
  const { t } = useI18n();
  const [value, setValue] = useState(consented);
  const [busy, setBusy] = useState(false);

  const change = async (next: boolean) => {
    // One change at a time; the box stays focusable (a disabled one would drop the keyboard focus).
    if (busy) return;
    setBusy(true);
    setValue(next);
    try {
      const saved = await labelApi.setShowcase(organisationId, next);
      setValue(saved.consented);
      onNotice({ text: t(saved.consented ? 'label.showcase.on' : 'label.showcase.off'), error: false });
    } catch (error) {
      setValue(!next);
      onNotice({ text: generalMessage(t, error), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p>{t('label.showcase.intro')}</p>
      {canAct ? (
        <CheckboxField
          id="showcase-consent"
          label={t('label.showcase.consent')}
          hint={hasLabel ? undefined : t('label.showcase.noLabelYet')}
          checked={value}
          onChange={(next) => void change(next)}
        />
      ) : (
        <p data-testid="showcase-state">{t(value ? 'label.showcase.stateOn' : 'label.showcase.stateOff')}</p>
      )}
      <p>
        <Link to="/showcase">{t('label.showcase.link')}</Link>
      </p>
    </>
  );
}
