import { useEffect, useState } from 'react';
import { api } from '../../api';
import { normaliseFramework } from '../framework/normalise';
import type { Framework } from '../framework/normalise';

/**
 * The framework whose criteria tag evidence: the first one the server serves (there is one, and its
 * criterion ids C01…C21 stay the same across versions). Null while loading or when it fails: the
 * pages then show criterion ids instead of names and hide the pickers.
 */
export function useEvidenceFramework(): Framework | null {
  const [framework, setFramework] = useState<Framework | null>(null);
  useEffect(() => {
    let live = true;
    api
      .frameworks()
      .then((list) => {
        const first = list.frameworks[0];
        return first ? api.framework(first.id) : null;
      })
      .then(
        (doc) => live && doc && setFramework(normaliseFramework(doc)),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, []);
  return framework;
}
