// Global teardown of pair mode (playwright.config.ts): proof that the run went through both servers
// behind nginx, not through one. Each server counts its requests by route (GET /metrics on its own port,
// which nginx's round-robin never picks for this); both must have served a fair share of the API
// requests. It runs before Playwright stops the servers. The file routes are listed to show where the
// uploads and downloads went.
import { pairBackends } from './servers';

/** Below this share of the API requests a server counts as left out (round-robin gives each about half). */
const MIN_SHARE = 0.25;

interface Counts {
  api: number;
  files: Map<string, number>;
}

const FILE_ROUTE = /\/(files?|attachments(\/\{[^}]+\})?)$/;

async function counts(port: number): Promise<Counts> {
  const response = await fetch(`http://127.0.0.1:${port}/metrics`).catch((e: Error) => {
    throw new Error(`pair mode: the server on port ${port} does not answer GET /metrics (${e.message}); did it stop during the run?`);
  });
  if (response.status !== 200) throw new Error(`GET /metrics on port ${port} answered ${response.status}`);
  const result: Counts = { api: 0, files: new Map() };
  for (const line of (await response.text()).split('\n')) {
    const m = line.match(/^stemkompas_http_requests_total\{method="([^"]*)",route="([^"]*)",status="(\d+)"\} (\d+)$/);
    if (!m || !m[2]!.startsWith('/api/')) continue;
    const n = Number(m[4]);
    result.api += n;
    if (FILE_ROUTE.test(m[2]!)) {
      const key = `${m[1]} ${m[2]} ${m[3]}`;
      result.files.set(key, (result.files.get(key) ?? 0) + n);
    }
  }
  return result;
}

export default async function pairCheck(): Promise<void> {
  const backends = pairBackends();
  const all = await Promise.all(backends.map((b) => counts(b.port)));
  const total = all.reduce((sum, c) => sum + c.api, 0);
  console.log(`[e2e pair] API requests per server: ${all.map((c, i) => `server ${i + 1}: ${c.api}`).join(', ')}`);
  for (const [i, c] of all.entries()) {
    const files = [...c.files].map(([route, n]) => `${route} ×${n}`).join('; ');
    console.log(`[e2e pair] server ${i + 1} file requests: ${files || 'none'}`);
  }
  const left = all.flatMap((c, i) => (total === 0 || c.api < MIN_SHARE * total ? [`server ${i + 1} (port ${backends[i]!.port})`] : []));
  if (left.length > 0) {
    throw new Error(
      `pair mode: ${left.join(' and ')} served less than ${MIN_SHARE * 100} % of the ${total} API requests; ` +
        'nginx did not spread the run over both servers',
    );
  }
}
