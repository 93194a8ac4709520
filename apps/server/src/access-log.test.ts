import { describe, expect, it } from 'vitest';
import { loggedPath } from './access-log.js';

describe('loggedPath', () => {
  it('keeps the raw path and drops the query, which may carry anything', () => {
    expect(loggedPath('http://127.0.0.1:8080/api/scorecards/desk?period=2026-10&x=secret')).toBe(
      '/api/scorecards/desk',
    );
    expect(loggedPath('http://h/api/kpis/%2e%2e%2fetc')).toBe('/api/kpis/%2e%2e%2fetc');
  });

  it('escapes control characters and spaces so a path cannot forge a second log line', () => {
    expect(loggedPath('http://h/a\nGET /admin 200 1ms')).toBe('/a\\x0aGET\\x20/admin\\x20200\\x201ms');
    expect(loggedPath('http://h/a\u0000b\tc')).toBe('/a\\x00b\\x09c');
  });

  it('cuts a long path at 300 characters', () => {
    const path = loggedPath(`http://h/${'a'.repeat(1000)}`);
    expect(path).toHaveLength(301);
    expect(path.endsWith('…')).toBe(true);
  });
});
