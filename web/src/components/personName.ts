import type { Translate } from '../i18n';

/**
 * A person's name as a row gave it; an erased account's name is empty (docs/privacy.md, "Erasure"): what they
 * did stays with the school, shown as "former member". `null` (nobody, or the system) stays null.
 */
export function personName(t: Translate, name: string | null | undefined): string | null {
  if (name === null || name === undefined) return null;
  return name === '' ? t('common.formerMember') : name;
}
