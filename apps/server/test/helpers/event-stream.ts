/**
 * Listens to a server-sent event stream over fetch and resolves each time an event of the
 * given name arrives.
 *
 * @example
 * const events = await openEvents(`${url}/__events`);
 * await events.next('reload');
 * events.close();
 */
export async function openEvents(url: string): Promise<{
  next(name: string, timeoutMs?: number): Promise<void>;
  close(): void;
}> {
  const abort = new AbortController();
  const res = await fetch(url, { signal: abort.signal });
  if (!res.ok || !res.body) throw new Error(`event stream answered ${res.status}`);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const seen: string[] = [];
  const waiters: { name: string; resolve: () => void }[] = [];
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const name = /^event: (.+)$/m.exec(buffer.slice(0, end))?.[1];
          buffer = buffer.slice(end + 2);
          if (name) {
            const i = waiters.findIndex((w) => w.name === name);
            if (i >= 0) waiters.splice(i, 1)[0]?.resolve();
            else seen.push(name);
          }
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // Aborted by close().
    }
  })();
  return {
    next(name, timeoutMs = 10_000) {
      const i = seen.indexOf(name);
      if (i >= 0) {
        seen.splice(i, 1);
        return Promise.resolve();
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no "${name}" event in ${timeoutMs} ms`)), timeoutMs);
        waiters.push({
          name,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
    close: () => abort.abort(),
  };
}
