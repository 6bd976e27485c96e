/** True for the public survey addresses (`/s`, `/s/{code}`, …), which have their own frame. */
export function isRespondPath(pathname: string): boolean {
  return pathname === '/s' || pathname === '/s/' || pathname.startsWith('/s/');
}
