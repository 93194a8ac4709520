const encoder = new TextEncoder();

/**
 * Server-sent events for development mode: each open page holds a stream from
 * /__events, and {@link ReloadHub.broadcast} tells them all to reload.
 *
 * @example
 * const hub = new ReloadHub();
 * app.get('/__events', () => hub.connect());
 * hub.broadcast(); // every open page reloads
 */
export class ReloadHub {
  private readonly clients = new Set<ReadableStreamDefaultController<Uint8Array>>();

  /** How many pages are listening. */
  get size(): number {
    return this.clients.size;
  }

  /** A new event stream for one page. */
  connect(): Response {
    let self: ReadableStreamDefaultController<Uint8Array> | undefined;
    const stream = new ReadableStream<Uint8Array>({
      start: (controller) => {
        self = controller;
        this.clients.add(controller);
        controller.enqueue(encoder.encode('retry: 1000\n: connected\n\n'));
      },
      cancel: () => {
        if (self) this.clients.delete(self);
      },
    });
    return new Response(stream, {
      headers: {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      },
    });
  }

  /** Sends `event: reload` to every page. */
  broadcast(): void {
    for (const client of [...this.clients]) {
      try {
        client.enqueue(encoder.encode('event: reload\ndata: changed\n\n'));
      } catch {
        this.clients.delete(client);
      }
    }
  }

  /** Ends every stream (on shutdown, so in-flight requests can finish and the server exit). */
  close(): void {
    for (const client of this.clients) {
      try {
        client.close();
      } catch {
        // Already closed by the client going away.
      }
    }
    this.clients.clear();
  }
}

/** The page script that reloads on `event: reload` (served at /__reload.js in development). */
export const RELOAD_SCRIPT = `const events = new EventSource('/__events');
events.addEventListener('reload', () => {
  events.close();
  location.reload();
});
`;
