// Typed functions for every route in docs/api.md.

import { request } from './client';
import type {
  FrameworkDocument,
  FrameworkList,
  Health,
  InvitationRequest,
  Language,
  Me,
  Organisation,
  TokenInfo,
} from './types';

export * from './types';
export { ApiError, isApiError, setRequestLanguage, getRequestLanguage } from './client';

const seg = (value: string | number) => encodeURIComponent(String(value));

export const api = {
  /** `GET /healthz` */
  health: () => request<Health>('GET', '/healthz'),

  /** `GET /api/me` — 401 `unauthenticated` when not signed in. */
  me: () => request<Me>('GET', '/api/me'),

  /** `POST /api/auth/login` */
  login: (email: string, password: string) =>
    request<Me>('POST', '/api/auth/login', { email, password }),

  /** `POST /api/auth/logout` → 204 */
  logout: () => request<void>('POST', '/api/auth/logout'),

  /** `PUT /api/me/language` */
  setLanguage: (language: Language) => request<Me>('PUT', '/api/me/language', { language }),

  /** `POST /api/auth/password-reset` → 202 `{}`, whether or not the account exists. */
  requestPasswordReset: (email: string) =>
    request<Record<string, never>>('POST', '/api/auth/password-reset', { email }),

  /** `GET /api/auth/tokens/{token}` — 404 `token_invalid` when unknown, used or expired. */
  tokenInfo: (token: string) => request<TokenInfo>('GET', `/api/auth/tokens/${seg(token)}`),

  /** `POST /api/auth/set-password` → `Me`, signed in. */
  setPassword: (token: string, password: string) =>
    request<Me>('POST', '/api/auth/set-password', { token, password }),

  /** `GET /api/frameworks` */
  frameworks: () => request<FrameworkList>('GET', '/api/frameworks'),

  /** `GET /api/frameworks/{id}` */
  framework: (id: string) => request<FrameworkDocument>('GET', `/api/frameworks/${seg(id)}`),

  /** `GET /api/organisations/{id}` */
  organisation: (id: string | number) =>
    request<Organisation>('GET', `/api/organisations/${seg(id)}`),

  /** `POST /api/organisations/{id}/invitations` → 201 `{"userId"}` */
  invite: (organisationId: string | number, invitation: InvitationRequest) =>
    request<{ userId: number | string }>(
      'POST',
      `/api/organisations/${seg(organisationId)}/invitations`,
      invitation,
    ),
};
