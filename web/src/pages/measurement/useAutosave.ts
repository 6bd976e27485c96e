import { useEffect, useState, useSyncExternalStore } from 'react';
import { api } from '../../api';
import type { Answer } from '../../api';
import { generalMessage } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import { AutosaveStore } from './autosave';
import type { SaveState } from './autosave';

/** One autosave store per measurement (made again when the editor mounts anew). */
export function useAutosave(measurementId: string | number, answers: Answer[]): { store: AutosaveStore; state: SaveState } {
  const { t } = useI18n();
  const [store] = useState(
    () =>
      new AutosaveStore(
        answers,
        (criterionId, input) => api.saveAnswer(measurementId, criterionId, input),
        (error) => generalMessage(t, error),
      ),
  );
    // Leaving the page saves what still waits for its timer (a comment typed just before).
  useEffect(
    () => () => {
      void store.flush();
    },
    [store],
  );
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  return { store, state };
}
