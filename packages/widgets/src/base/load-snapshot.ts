import { type CheckResult, checkSnapshot } from './check-snapshot.js';

/**
 * Fetches and checks a snapshot. Every failure (network, HTTP status, malformed JSON,
 * unknown schema) comes back as `{ ok: false, error }`; the promise never rejects, except
 * with an AbortError when `signal` is aborted, which callers ignore.
 *
 * @example
 * const result = await loadSnapshot('/snapshots/service-desk.json', new AbortController().signal);
 * if (result.ok) console.log(result.snapshot.kpis.length);
 */
export async function loadSnapshot(url: string, signal: AbortSignal): Promise<CheckResult> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' }, cache: 'no-cache' });
  } catch (error) {
    if (signal.aborted) throw error;
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { kind: 'network', detail: url, message: `Network error for ${url}: ${message}` },
    };
  }
  if (!response.ok) {
    const status = response.status;
    const detail = `${status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return { ok: false, error: { kind: 'http', detail: url, status, message: `HTTP ${detail} for ${url}` } };
  }
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (error) {
    if (signal.aborted) throw error;
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { kind: 'json', detail: url, message: `Malformed JSON at ${url}: ${message}` },
    };
  }
  return checkSnapshot(json);
}
