// Survey codes as people type them: "abcd efgh", "ABCD-EFGH", or the whole link pasted.

/** A code has 8 characters; it is shown as two groups of 4. */
export const CODE_LENGTH = 8;

/**
 * The code in the form the server knows: upper case, without spaces, dashes or other separators.
 * A pasted link (…/s/ABCD-EFGH) gives its code.
 */
export function normaliseCode(input: string): string {
  let text = input.trim();
  const link = text.match(/\/s\/([^/?#]+)/);
  if (link?.[1]) {
    try {
      text = decodeURIComponent(link[1]);
    } catch {
      text = link[1];
    }
  }
  return text.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** True when the normalised code has the length of a real code (the server decides whether it exists). */
export function isWellFormedCode(normalised: string): boolean {
  return normalised.length === CODE_LENGTH && /^[A-Z0-9]+$/.test(normalised);
}

/** "ABCDEFGH" → ["ABCD", "EFGH"]: the groups a code is shown and read out in. */
export function codeGroups(code: string): string[] {
  const normalised = normaliseCode(code);
  const groups: string[] = [];
  for (let i = 0; i < normalised.length; i += 4) groups.push(normalised.slice(i, i + 4));
  return groups;
}

/** "ABCD EFGH" */
export function formatCode(code: string): string {
  return codeGroups(code).join(' ');
}
