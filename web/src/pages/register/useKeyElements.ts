import { useEffect, useState } from 'react';
import { api } from '../../api';
import type { LocalisedText } from '../../api';
import { generalMessage } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import { normaliseFramework } from '../framework/normalise';

export interface KeyElement {
  id: string;
  code: string;
  name: LocalisedText;
}

export type ElementsLoad =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; elements: KeyElement[] };

/** The key elements of a framework (`GET /api/frameworks/{id}`), for the mentor's expertise. */
export function useKeyElements(frameworkId: string | null): { load: ElementsLoad; retry: () => void } {
  const { t } = useI18n();
  const [load, setLoad] = useState<ElementsLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!frameworkId) return;
    let live = true;
    api.framework(frameworkId).then(
      (doc) => {
        if (!live) return;
        const elements = normaliseFramework(doc).elements.map(({ id, code, name }) => ({ id, code, name }));
        setLoad({ status: 'ready', elements });
      },
      (error) => live && setLoad({ status: 'error', message: generalMessage(t, error) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [frameworkId, attempt]);
  return { load, retry: () => setAttempt((a) => a + 1) };
}
