import { useCallback, useEffect, useState } from 'react';
import { api, isApiError } from '../../api';
import type { Programme } from '../../api';
import { generalMessage } from '../../components/formErrors';
import { useI18n } from '../../i18n';

export type ProgrammeLoad =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; message: string }
  | { status: 'ready'; programme: Programme };

/** Loads `GET /api/programmes/{id}`; `reload` fetches it again (after a change, or to retry). */
export function useProgramme(id: string | undefined): { load: ProgrammeLoad; reload: () => void } {
  const { t } = useI18n();
  const [load, setLoad] = useState<ProgrammeLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!id) {
      setLoad({ status: 'missing' });
      return;
    }
    let live = true;
    api.programme(id).then(
      (programme) => live && setLoad({ status: 'ready', programme }),
      (error) => {
        if (!live) return;
        if (isApiError(error, 'not_found') || isApiError(error, 'forbidden')) setLoad({ status: 'missing' });
        else setLoad({ status: 'error', message: generalMessage(t, error) });
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, attempt]);

  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  return { load, reload };
}

/** True when every school place is taken. */
export function isFull(programme: Programme): boolean {
  return programme.schoolCount >= programme.maxSchools;
}
