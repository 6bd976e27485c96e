import { useState } from 'react';
import type { Id } from '../../api/network';
import { Button } from '../../components/Button';
import { SelectField } from '../../components/fields';
import { useI18n } from '../../i18n';

/** One "add to the group" control: a choice of organisations (schools or companies) and its button. */
export function AddMember({
  id,
  label,
  kindText,
  candidates,
  busy,
  onAdd,
}: {
  id: string;
  label: string;
  /** Names the kind in the button's hidden part ("Add school"). */
  kindText: string;
  candidates: { id: Id; name: string }[];
  busy: boolean;
  onAdd: (organisationId: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState('');
  if (candidates.length === 0) return null;
  return (
    <div className="inline-form">
      <SelectField
        id={id}
        label={label}
        value={chosen}
        onChange={setChosen}
        placeholder={t('common.choose')}
        options={candidates.map((c) => ({ value: String(c.id), label: c.name }))}
      />
      <Button disabled={busy || chosen === ''} onClick={() => onAdd(chosen).then(() => setChosen(''))}>
        {t('workingGroups.add')} <span className="visually-hidden">{kindText}</span>
      </Button>
    </div>
  );
}
