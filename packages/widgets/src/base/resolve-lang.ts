import type { Lang } from '../format/messages.js';

/**
 * The language an element speaks: its own `lang` attribute, else the closest ancestor with
 * one (across shadow roots), else the document's, else English. Anything starting with
 * "sv" is Swedish; every other language gets English texts.
 *
 * @example
 * document.documentElement.lang = 'sv-SE';
 * resolveLang(document.createElement('kpi-card')); // 'sv'
 */
export function resolveLang(element: Element): Lang {
  let node: Element | null = element;
  let tag = '';
  while (node && !tag) {
    const found: Element | null = node.closest('[lang]');
    if (found?.getAttribute('lang')) {
      tag = found.getAttribute('lang') ?? '';
      break;
    }
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  if (!tag) tag = element.ownerDocument.documentElement.lang || 'en';
  return /^sv\b/i.test(tag) ? 'sv' : 'en';
}
