import type { ResourceKind } from '../../api/network';
import type { MessageKey } from '../../i18n';

export const RESOURCE_KIND_TEXT: Record<ResourceKind, MessageKey> = {
  playbook: 'resources.kind.playbook',
  best_practice: 'resources.kind.best_practice',
  session_report: 'resources.kind.session_report',
  other: 'resources.kind.other',
};
