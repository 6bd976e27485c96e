/** Reads `token` from a URL fragment such as `#token=abc`. */
export function tokenFromHash(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const token = new URLSearchParams(raw).get('token');
  return token && token.trim() !== '' ? token.trim() : null;
}

export const MIN_PASSWORD_LENGTH = 10;

/** Length in characters (code points), as a person counts them. */
export function passwordLength(password: string): number {
  return [...password].length;
}
