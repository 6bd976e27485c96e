import { DESCRIPTION_MAX } from '../../api/evidence';
import { TextAreaField } from '../../components/fields';
import type { FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import type { Framework } from '../framework/normalise';
import { CriteriaPicker } from './CriteriaPicker';

/**
 * The description and the criteria of evidence, the same in the upload form and the link/details form.
 * Without a framework (still loading) or with `withCriteria` false (a criterion is given), no picker.
 */
export function DescriptionFields({
  ids,
  errors,
  framework,
  description,
  onDescription,
  criteria,
  onCriteria,
  withCriteria = true,
}: {
  ids: { description: string; criterionIds: string };
  errors: FieldErrors;
  framework: Framework | null;
  description: string;
  onDescription: (value: string) => void;
  criteria: string[];
  onCriteria: (values: string[]) => void;
  withCriteria?: boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextAreaField
        id={ids.description}
        label={t('evidence.description')}
        hint={t('evidence.descriptionHint', { max: DESCRIPTION_MAX })}
        value={description}
        onChange={onDescription}
        rows={3}
        maxLength={DESCRIPTION_MAX}
        error={errors[ids.description]}
      />
      {withCriteria && framework && (
        <CriteriaPicker
          id={ids.criterionIds}
          legend={t('evidence.criteria')}
          hint={t('evidence.criteriaHint')}
          framework={framework}
          values={criteria}
          onChange={onCriteria}
          error={errors[ids.criterionIds]}
        />
      )}
    </>
  );
}
