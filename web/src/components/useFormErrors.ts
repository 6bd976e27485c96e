import { useCallback, useState } from 'react';
import type { FieldErrors } from './formErrors';

/**
 * A form's error state: messages per field id, one general message, and a version that changes on
 * every failed submit so the error summary takes the focus again even when the messages are the same.
 */
export function useFormErrors() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const fail = useCallback((fields: FieldErrors, message: string | null = null) => {
    setErrors(fields);
    setGeneral(message);
    setVersion((v) => v + 1);
  }, []);
  const clear = useCallback(() => {
    setErrors({});
    setGeneral(null);
  }, []);
  return { errors, general, version, fail, clear };
}
