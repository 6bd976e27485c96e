import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button } from '../../components/Button';
import { FormField } from '../../components/FormField';
import { useI18n } from '../../i18n';
import { checkGroupTitle } from './logic';

/** The organiser's rename form of a working group; the server checks the title again. */
export function RenameGroup({ title, busy, onRename }: { title: string; busy: boolean; onRename: (title: string) => Promise<void> }) {
  const { t } = useI18n();
  const [value, setValue] = useState(title);
  const [error, setError] = useState<string | undefined>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = checkGroupTitle(value);
    setError(problem ? t(problem) : undefined);
    if (!problem) void onRename(value.trim());
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <FormField id="group-title" label={t('workingGroups.groupTitle')} value={value} onChange={setValue} maxLength={200} required error={error} />
      <Button type="submit" variant="secondary" disabled={busy || value.trim() === title}>
        {t('workingGroups.rename')}
      </Button>
    </form>
  );
}
