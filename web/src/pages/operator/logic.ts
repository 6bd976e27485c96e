// The rules of the operator's pages, apart from React: the page number in the URL, the label of a
// security event, its object and its details, and the checks of the new-organisation form.

import { SECURITY_ACTIONS } from '../../api/operator';
import type { NewOrganiserOrganisation, SecurityAction } from '../../api/operator';
import type { FieldErrors } from '../../components/formErrors';
import { looksLikeEmail } from '../../components/formErrors';
import type { MessageKey, Translate } from '../../i18n';

/** `?page=` as a page number: 1 when absent or not a whole number of at least 1. */
export function pageFromParam(value: string | null): number {
  if (value === null || !/^\d+$/.test(value)) return 1;
  return Math.max(1, Number(value));
}

export const ACTION_TEXT: Record<SecurityAction, MessageKey> = {
  'security.login_failed': 'securityLog.action.login_failed',
  'security.login_locked': 'securityLog.action.login_locked',
  'security.password_changed': 'securityLog.action.password_changed',
  'security.role_changed': 'securityLog.action.role_changed',
  'security.organisation_created': 'securityLog.action.organisation_created',
  'security.export': 'securityLog.action.export',
  'security.data_export': 'securityLog.action.data_export',
  'security.deletion_requested': 'securityLog.action.deletion_requested',
  'security.deletion_withdrawn': 'securityLog.action.deletion_withdrawn',
  'security.person_erased': 'securityLog.action.person_erased',
};

export function isKnownAction(action: string): action is SecurityAction {
  return (SECURITY_ACTIONS as readonly string[]).includes(action);
}

/** The translated label of an event; a kind this app does not know yet is shown by its code. */
export function actionLabel(t: Translate, action: string): string {
  return isKnownAction(action) ? t(ACTION_TEXT[action]) : action;
}

/** `?action=`: an event kind the server accepts (starts with `security.`), or '' for all. */
export function actionFromParam(value: string | null): string {
  return value && value.startsWith('security.') && value.length <= 60 ? value : '';
}

const OBJECT_TEXT: Record<string, MessageKey> = {
  organisation: 'securityLog.object.organisation',
  user: 'securityLog.object.user',
  programme: 'securityLog.object.programme',
};

/** "organisatie #12"; an object type this app does not know is shown by its code. */
export function objectLabel(t: Translate, objectType: string, objectId: string | number | null): string {
  const known = OBJECT_TEXT[objectType];
  const type = known ? t(known) : objectType;
  return objectId === null || objectId === undefined ? type : `${type} #${objectId}`;
}

const DETAIL_KEY_TEXT: Record<string, MessageKey> = {
  name: 'securityLog.detail.name',
  organiserEmail: 'securityLog.detail.organiserEmail',
  email: 'securityLog.detail.email',
  role: 'securityLog.detail.role',
  address: 'securityLog.detail.address',
  limit: 'securityLog.detail.limit',
  how: 'securityLog.detail.how',
  change: 'securityLog.detail.change',
  route: 'securityLog.detail.route',
  organisationId: 'securityLog.detail.organisationId',
  invitationId: 'securityLog.detail.invitationId',
  files: 'securityLog.detail.files',
};

/** Values the server writes as codes, by detail key (limit: which limit closed; how: which link; change: joined or removed). */
const DETAIL_VALUE_TEXT: Record<string, Record<string, MessageKey>> = {
  limit: { account: 'securityLog.value.limitAccount', address: 'securityLog.value.limitAddress' },
  how: { reset: 'securityLog.value.howReset', invitation: 'securityLog.value.howInvitation', command_line: 'securityLog.value.howCommandLine' },
  change: { joined: 'securityLog.value.changeJoined', removed: 'securityLog.value.changeRemoved' },
};

/**
 * An event's details as label–value pairs: an object gives one pair per key (known keys translated,
 * others by their code; nested values as JSON), text or a number one pair without a label; nothing
 * for null or an empty object.
 */
export function detailPairs(t: Translate, detail: unknown): { label: string | null; value: string }[] {
  if (detail === null || detail === undefined || detail === '') return [];
  if (typeof detail !== 'object' || Array.isArray(detail)) {
    return [{ label: null, value: typeof detail === 'string' ? detail : JSON.stringify(detail) }];
  }
  return Object.entries(detail as Record<string, unknown>).map(([key, value]) => {
    const known = DETAIL_KEY_TEXT[key];
    const valueText = typeof value === 'string' ? DETAIL_VALUE_TEXT[key]?.[value] : undefined;
    return {
      label: known ? t(known) : key,
      value: value === null ? '–' : valueText ? t(valueText) : typeof value === 'string' ? value : JSON.stringify(value),
    };
  });
}

export type NewOrganisationForm = NewOrganiserOrganisation;

export const EMPTY_ORGANISATION: NewOrganisationForm = { name: '', organiserName: '', organiserEmail: '', language: 'nl' };

/** The form's field ids, by the server's field names (for its `error.fields`). */
export const ORGANISATION_FIELD_IDS: Record<keyof NewOrganisationForm, string> = {
  name: 'new-org-name',
  organiserName: 'new-org-organiser-name',
  organiserEmail: 'new-org-organiser-email',
  language: 'new-org-language',
};

export const ORGANISATION_FIELD_ORDER = [
  ORGANISATION_FIELD_IDS.name,
  ORGANISATION_FIELD_IDS.organiserName,
  ORGANISATION_FIELD_IDS.organiserEmail,
  ORGANISATION_FIELD_IDS.language,
];

export const ORGANISATION_NAME_MAX = 200;
export const ORGANISER_NAME_MAX = 120;

/** The checks made before sending (by field id); the server checks again, and whether the name is free. */
export function checkNewOrganisation(t: Translate, form: NewOrganisationForm): FieldErrors {
  const errors: FieldErrors = {};
  if (!form.name.trim()) errors[ORGANISATION_FIELD_IDS.name] = t('operator.new.nameRequired');
  if (!form.organiserName.trim()) errors[ORGANISATION_FIELD_IDS.organiserName] = t('operator.new.organiserNameRequired');
  if (!form.organiserEmail.trim()) errors[ORGANISATION_FIELD_IDS.organiserEmail] = t('operator.new.organiserEmailRequired');
  else if (!looksLikeEmail(form.organiserEmail)) errors[ORGANISATION_FIELD_IDS.organiserEmail] = t('validation.emailInvalid');
  return errors;
}

/** The id of the e-mail field of the find-a-person form (`/operator/people`); the server's field is `email`. */
export const PERSON_FIELD_IDS = { email: 'person-email' };

/** The checks made before sending; the server checks the address again, and whether it has an account. */
export function checkPersonEmail(t: Translate, email: string): FieldErrors {
  if (!email.trim()) return { [PERSON_FIELD_IDS.email]: t('operator.people.emailRequired') };
  if (!looksLikeEmail(email)) return { [PERSON_FIELD_IDS.email]: t('validation.emailInvalid') };
  return {};
}
