/**
 * Escapes text for HTML element content and quoted attribute values: every character that
 * could end a text run or an attribute (& < > " ' `) becomes an entity. Project-provided
 * text (titles, descriptions, file names, issue messages) only reaches the page through this.
 *
 * @example
 * escapeHtml('<img src=x onerror=alert(1)>'); // '&lt;img src=x onerror=alert(1)&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => entities[c] ?? c);
}

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};
