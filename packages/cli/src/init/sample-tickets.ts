/**
 * A small, deterministic ticket export for a new project, so `kpi run` shows numbers the
 * moment `kpi init` is done. A linear congruential generator with a fixed seed keeps the
 * file identical on every machine (tests compute its KPIs independently with SQL).
 *
 * @example
 * sampleTicketsCsv().split('\n')[0]; // 'id,type,priority,channel,opened_at,first_response_at,resolved_at,reopen_count,satisfaction'
 */
export function sampleTicketsCsv(count = 240, seed = 20260801): string {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const rows = ['id,type,priority,channel,opened_at,first_response_at,resolved_at,reopen_count,satisfaction'];
  // Three months, August to October 2026, opened in office hours (wall-clock Europe/Stockholm).
  const start = Date.UTC(2026, 7, 1);
  // 88 days leave room for the longest resolution (36 h) before November begins.
  const days = 88;
  for (let i = 0; i < count; i++) {
    const day = Math.floor(next() * days);
    const opened = start + day * 86_400_000 + (8 * 60 + Math.floor(next() * 540)) * 60_000;
    const priority = pick(['1 - Critical', '2 - High', '3 - Moderate', '3 - Moderate', '4 - Low']);
    const firstResponse = opened + (5 + Math.floor(next() * 120)) * 60_000;
    // About one in twelve tickets is still open when the export is taken.
    const resolved = next() < 0.08 ? null : firstResponse + Math.floor(next() * 36 * 60) * 60_000;
    const reopen = resolved !== null && next() < 0.07 ? 1 : 0;
    const satisfaction = resolved !== null && next() < 0.35 ? String(1 + Math.floor(next() ** 0.5 * 5)) : '';
    rows.push(
      [
        `INC${String(1000 + i).padStart(6, '0')}`,
        pick(['incident', 'incident', 'request', 'question']),
        priority,
        pick(['portal', 'email', 'phone', 'chat']),
        wallClock(opened),
        wallClock(firstResponse),
        resolved === null ? '' : wallClock(resolved),
        String(reopen),
        satisfaction,
      ].join(','),
    );
  }
  return `${rows.join('\n')}\n`;
}

/** 'YYYY-MM-DD HH:MM:SS' of a UTC-based millisecond count, read as local wall-clock time. */
function wallClock(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}
