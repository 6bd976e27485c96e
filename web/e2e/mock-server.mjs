// A stand-in for the C++ server, following docs/api.md, so the front-end and its browser tests can
// be worked on before the real binary exists. NOT used by default: `SK_E2E_MOCK=1 npm run e2e`.
// It serves web/dist with the production Content-Security-Policy and an SPA fallback.
//
//   node e2e/mock-server.mjs <port> <dist dir>

import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const port = Number(process.argv[2] ?? 18471);
const dist = process.argv[3] ?? join(fileURLToPath(new URL('..', import.meta.url)), 'dist');
const realFramework = fileURLToPath(new URL('../../data/frameworks/eu-stem-school-label.json', import.meta.url));
const frameworkFile = existsSync(realFramework)
  ? realFramework
  : fileURLToPath(new URL('../src/pages/framework/testdata/eu-stem-school-label.json', import.meta.url));

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
const PASSWORD = 'stemkompas-demo';

const orgs = {
  1: { id: 1, name: 'STEMkompas demo-organisator', kind: 'organiser' },
  2: { id: 2, name: 'Demoschool Sint-Lucas', kind: 'school' },
  3: { id: 3, name: 'Demotech NV', kind: 'company' },
};
const users = [
  ['organisator', 'Olivia Organisator', [[1, 'organiser']]],
  ['coordinator', 'Chris Coördinator', [[2, 'coordinator']]],
  ['mentor', 'Mona Mentor', [[3, 'mentor']]],
  ['teamlid', 'Tom Teamlid', [[2, 'team_member']]],
  ['reviewer', 'Rita Reviewer', [[1, 'reviewer']]],
  ['jury', 'Jan Jury', [[1, 'jury']]],
].map(([local, name, ms], i) => ({
  id: i + 1,
  email: `${local}@demo.stemkompas.be`,
  name,
  language: 'nl',
  memberships: ms.map(([org, role]) => ({ org, role })),
}));
const sessions = new Map();
const tokens = new Map([['demo-invite-token', { purpose: 'invite', userId: 4 }]]);

function me(user) {
  return {
    user: { id: user.id, email: user.email, name: user.name, language: user.language },
    memberships: user.memberships.map(({ org, role }) => ({
      organisationId: org,
      organisationName: orgs[org].name,
      organisationKind: orgs[org].kind,
      role,
    })),
  };
}

function cookies(req) {
  const out = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

function lang(req, user) {
  const header = req.headers['accept-language'] ?? '';
  if (/^en/i.test(header)) return 'en';
  if (/^nl/i.test(header)) return 'nl';
  return user?.language ?? 'nl';
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const jar = cookies(req);
  const setCookies = [];
  if (!jar.sk_csrf) setCookies.push(`sk_csrf=${randomBytes(16).toString('hex')}; Path=/; SameSite=Strict`);
  const user = sessions.get(jar.sk_session);
  const send = (status, body, headers = {}) => {
    res.writeHead(status, {
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      ...(body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body) ? { 'Content-Type': 'application/json' } : {}),
      ...(setCookies.length ? { 'Set-Cookie': setCookies } : {}),
      ...headers,
    });
    res.end(body === undefined ? undefined : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
  };
  const error = (status, code, nl, en, fields = {}, headers = {}) =>
    send(status, { error: { code, message: lang(req, user) === 'en' ? en : nl, fields } }, headers);

  const path = url.pathname;
  if (path === '/healthz') return send(200, { status: 'ok', database: 'ok' });

  if (!path.startsWith('/api/')) {
    const file = normalize(join(dist, path));
    if (file.startsWith(dist) && existsSync(file) && statSync(file).isFile()) {
      return send(200, readFileSync(file), { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    }
    return send(200, readFileSync(join(dist, 'index.html')), { 'Content-Type': TYPES['.html'] });
  }

  let body = {};
  if (req.method !== 'GET') {
    if (!jar.sk_csrf || req.headers['x-csrf-token'] !== jar.sk_csrf) {
      return error(403, 'csrf_failed', 'Ongeldige CSRF-token.', 'Invalid CSRF token.');
    }
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString('utf8');
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        return error(400, 'malformed_json', 'Ongeldige JSON.', 'Malformed JSON.');
      }
    }
  }
  const signIn = (u) => {
    const sid = randomBytes(16).toString('hex');
    sessions.set(sid, u);
    setCookies.length = 0;
    setCookies.push(`sk_session=${sid}; Path=/; HttpOnly; SameSite=Lax`);
    setCookies.push(`sk_csrf=${randomBytes(16).toString('hex')}; Path=/; SameSite=Strict`);
    return send(200, me(u));
  };

  const route = `${req.method} ${path}`;
  if (route === 'GET /api/me') {
    return user ? send(200, me(user)) : error(401, 'unauthenticated', 'Niet aangemeld.', 'Not signed in.');
  }
  if (route === 'POST /api/auth/login') {
    const u = users.find((x) => x.email === String(body.email ?? '').toLowerCase());
    if (!u || body.password !== PASSWORD) {
      return error(401, 'invalid_credentials', 'E-mailadres of wachtwoord klopt niet.', 'Wrong e-mail or password.');
    }
    return signIn(u);
  }
  if (route === 'POST /api/auth/logout') {
    sessions.delete(jar.sk_session);
    setCookies.push('sk_session=; Path=/; Max-Age=0');
    return send(204);
  }
  if (route === 'PUT /api/me/language') {
    if (!user) return error(401, 'unauthenticated', 'Niet aangemeld.', 'Not signed in.');
    if (body.language !== 'nl' && body.language !== 'en') {
      return error(400, 'validation_failed', 'Ongeldige invoer.', 'Invalid input.', { language: 'nl of en' });
    }
    user.language = body.language;
    return send(200, me(user));
  }
  if (route === 'POST /api/auth/password-reset') {
    if (!String(body.email ?? '').includes('@')) {
      return error(400, 'validation_failed', 'Ongeldige invoer.', 'Invalid input.', {
        email: lang(req, user) === 'en' ? 'Enter a valid e-mail address.' : 'Vul een geldig e-mailadres in.',
      });
    }
    return send(202, {});
  }
  if (req.method === 'GET' && path.startsWith('/api/auth/tokens/')) {
    const t = tokens.get(decodeURIComponent(path.slice('/api/auth/tokens/'.length)));
    if (!t) return error(404, 'token_invalid', 'Deze link is ongeldig of verlopen.', 'This link is invalid or expired.');
    const u = users.find((x) => x.id === t.userId);
    return send(200, { purpose: t.purpose, email: u.email, name: u.name });
  }
  if (route === 'POST /api/auth/set-password') {
    const t = tokens.get(String(body.token ?? ''));
    if (!t) return error(404, 'token_invalid', 'Deze link is ongeldig of verlopen.', 'This link is invalid or expired.');
    if (String(body.password ?? '').length < 10) {
      return error(400, 'validation_failed', 'Ongeldige invoer.', 'Invalid input.', { password: 'Minstens 10 tekens.' });
    }
    tokens.delete(String(body.token));
    return signIn(users.find((x) => x.id === t.userId));
  }
  if (route === 'GET /api/frameworks') {
    const doc = JSON.parse(readFileSync(frameworkFile, 'utf8'));
    return send(200, { frameworks: [{ id: doc.id, version: doc.version, name: doc.name }] });
  }
  if (req.method === 'GET' && path.startsWith('/api/frameworks/')) {
    const doc = JSON.parse(readFileSync(frameworkFile, 'utf8'));
    if (decodeURIComponent(path.slice('/api/frameworks/'.length)) !== doc.id) {
      return error(404, 'not_found', 'Niet gevonden.', 'Not found.');
    }
    return send(200, doc);
  }
  return error(404, 'not_found', 'Niet gevonden.', 'Not found.');
}).listen(port, '127.0.0.1', () => console.log(`[mock] http://127.0.0.1:${port}`));
