// Who is signed in. The app asks `GET /api/auth/session` once at start (which also makes the server set
// the `sk_csrf` cookie): it answers 200 for an anonymous visitor too, so a public page logs no failed
// request. Log-in and set-password hand their `Me` answer to `signedIn`.

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { api, isApiError } from '../api';
import { onUnauthenticated } from '../api/client';
import type { Language, Me, SessionAnswer } from '../api';
import { storedLanguage, useI18n } from '../i18n';

export type SessionState =
  | { status: 'loading' }
  /** `signedOut`: the user just logged out here (pages that need a session then go to log-in). */
  | { status: 'anonymous'; signedOut?: boolean }
  /** The server could not be reached: public pages still work, a banner offers to retry. */
  | { status: 'unavailable' }
  | { status: 'signedIn'; me: Me };

interface SessionValue {
  state: SessionState;
  me: Me | null;
  refresh: () => Promise<void>;
  signedIn: (me: Me) => void;
  /** Ends the session on the server and here. */
  signOut: () => Promise<void>;
  /** Saves the UI language on the account (`PUT /api/me/language`) when signed in. */
  saveLanguage: (language: Language) => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

// The first question, asked as soon as the app's script runs (main.tsx), beside the words and the page's
// code, and answered before the first render: the frame then paints its menu for the right user at once,
// rather than growing it a moment later (a layout shift of 0.14-0.19 on every signed-in page).
let early: { answer: Promise<SessionAnswer>; settled?: SessionAnswer } | null = null;

/** Asks who is signed in; the promise settles (never rejects) once the answer is in or the request failed. */
export function prefetchSession(): Promise<void> {
  const answer = api.session();
  const mine = { answer } as NonNullable<typeof early>;
  early = mine;
  return answer.then(
    (settled) => {
      mine.settled = settled;
    },
    () => undefined, // reported by the provider's first refresh
  );
}

function takeEarly(): Promise<SessionAnswer> | null {
  const answer = early?.answer ?? null;
  early = null;
  return answer;
}

const stateOf = (answer: SessionAnswer): SessionState =>
  answer.authenticated ? { status: 'signedIn', me: answer.me } : { status: 'anonymous' };

export function SessionProvider({ children }: { children: ReactNode }) {
  const { adoptAccountLanguage } = useI18n();
  const [state, setState] = useState<SessionState>(() => (early?.settled ? stateOf(early.settled) : { status: 'loading' }));
  const generation = useRef(0);

  const refresh = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const answer = await (takeEarly() ?? api.session());
      if (mine !== generation.current) return;
      if (answer.authenticated) adoptAccountLanguage(answer.me.user.language);
      setState(stateOf(answer));
    } catch (e) {
      if (mine !== generation.current) return;
      setState(isApiError(e, 'unauthenticated') ? { status: 'anonymous' } : { status: 'unavailable' });
    }
  }, [adoptAccountLanguage]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // A request answered 401 while signed in: the session ended elsewhere (another tab, expiry, the account
  // erased on request). Asking again makes the state anonymous, so RequireAuth sends the page to log-in.
  const signedInNow = useRef(false);
  useEffect(() => {
    signedInNow.current = state.status === 'signedIn';
  }, [state]);
  useEffect(() => {
    onUnauthenticated(() => {
      if (signedInNow.current) void refresh();
    });
    return () => onUnauthenticated(null);
  }, [refresh]);

  const signedIn = useCallback(
    (me: Me) => {
      ++generation.current;
      setState({ status: 'signedIn', me });
      const chosen = storedLanguage();
      if (chosen === null) {
        adoptAccountLanguage(me.user.language);
      } else if (chosen !== me.user.language) {
        // The language picked on this device becomes the account's (e-mails follow it).
        api
          .setLanguage(chosen)
          .then((updated) => setState({ status: 'signedIn', me: updated }))
          .catch(() => undefined);
      }
    },
    [adoptAccountLanguage],
  );

  const signOut = useCallback(async () => {
    ++generation.current;
    try {
      await api.logout();
    } finally {
      setState({ status: 'anonymous', signedOut: true });
    }
  }, []);

  const saveLanguage = useCallback(
    async (language: Language) => {
      if (state.status !== 'signedIn' || state.me.user.language === language) return;
      const me = await api.setLanguage(language);
      setState({ status: 'signedIn', me });
    },
    [state],
  );

  const value = useMemo<SessionValue>(
    () => ({
      state,
      me: state.status === 'signedIn' ? state.me : null,
      refresh,
      signedIn,
      signOut,
      saveLanguage,
    }),
    [state, refresh, signedIn, signOut, saveLanguage],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** A same-site path to return to after log-in; anything else (other sites, `//host`) gives `/`. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login')) return '/';
  return next;
}
