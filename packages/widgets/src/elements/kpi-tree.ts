import type { Level, Snapshot } from '@nyckeltal/spec';
import { html, nothing, type TemplateResult } from 'lit';
import { defineElement, KpiElement } from '../base/kpi-element.js';
import { buildKpiTree, type TreeNode, visibleNodes } from '../charts/kpi-tree-model.js';
import { formatValue } from '../format/format-value.js';
import { type Lang, localize, messages } from '../format/messages.js';
import { statusBadge } from '../parts/status-badge.js';
import { sharedStyles } from '../theme/shared.styles.js';
import { kpiTreeMeta } from './kpi-tree.meta.js';
import { treeStyles } from './kpi-tree.styles.js';

const levels: Readonly<Record<Lang, Readonly<Record<Level, string>>>> = {
  en: { input: 'Input', process: 'Process', output: 'Output', outcome: 'Outcome' },
  sv: { input: 'Indata', process: 'Process', output: 'Produktion', outcome: 'Resultat' },
};

const chevron = html`<svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;

/**
 * `<kpi-tree>`: an outcome KPI and the KPIs that support it, as an accessible tree.
 *
 * @example
 * <kpi-tree src="/snapshots/service-desk.json" kpi="itsm.csat"></kpi-tree>
 */
export class KpiTree extends KpiElement {
  static override styles = [sharedStyles, treeStyles];
  static readonly meta = kpiTreeMeta;
  static override properties = {
    ...KpiElement.properties,
    collapsed: { state: true },
    focused: { state: true },
  };
  declare protected collapsed: ReadonlySet<string>;
  declare protected focused: string;
  #nodes: TreeNode[] = [];

  constructor() {
    super();
    this.collapsed = new Set();
    this.focused = '';
  }

  protected override renderSnapshot(snapshot: Snapshot, lang: Lang): TemplateResult {
    this.#nodes = buildKpiTree(snapshot, this.kpi);
    if (this.#nodes.length === 0) return this.renderEmpty(lang);
    const visible = visibleNodes(this.#nodes, this.collapsed);
    const focused = visible.some((n) => n.path === this.focused) ? this.focused : visible[0]!.path;
    const rootTitle = this.kpi && this.#nodes[0] ? `: ${localize(this.#nodes[0].kpi.title, lang)}` : '';
    return html`<section class="panel" part="panel">
      <h3 class="title" id="title" part="title">${messages(lang).kpiTree}${rootTitle}</h3>
      <ul role="tree" aria-labelledby="title" part="tree" @keydown=${this.#onKey}>
        ${this.#items(this.#nodes, focused, lang)}
      </ul>
    </section>`;
  }

  #items(nodes: readonly TreeNode[], focused: string, lang: Lang): TemplateResult[] {
    // A flat list of treeitems with aria-level/posinset/setsize: each item's content is its
    // own row only, so its accessible name is exactly what it shows.
    return visibleNodes(nodes, this.collapsed).map((node) => {
      const open = node.children.length > 0 && !this.collapsed.has(node.path);
      const kpi = node.kpi;
      return html`<li
        role="treeitem"
        aria-level=${node.level}
        aria-posinset=${node.position}
        aria-setsize=${node.siblings}
        aria-expanded=${node.children.length > 0 ? String(open) : nothing}
        tabindex=${node.path === focused ? 0 : -1}
        data-path=${node.path}
        data-kpi=${kpi.id}
        style="--level:${node.level - 1}"
        @click=${() => this.#activate(node)}
      >
        <div class="node" part="node">
          ${node.children.length > 0 ? chevron : html`<span></span>`}
          <span class="name"
            ><strong>${localize(kpi.title, lang)}</strong>${' '}<small
              >${levels[lang][kpi.level] ?? kpi.level}${
                node.children.length > 0 ? ` · ${messages(lang).supportedBy(node.children.length)}` : ''
              }</small
            ></span
          >
          <span class="value num">${formatValue(kpi.value, kpi.unit, lang)}</span>
          ${statusBadge(kpi.status, lang)}
        </div>
      </li>`;
    });
  }

  #activate(node: TreeNode): void {
    this.focused = node.path;
    if (node.children.length > 0) this.#toggle(node.path);
    void this.#focus(node.path);
  }

  #toggle(path: string, open?: boolean): void {
    const next = new Set(this.collapsed);
    const willOpen = open ?? next.has(path);
    if (willOpen) next.delete(path);
    else next.add(path);
    this.collapsed = next;
  }

  async #focus(path: string): Promise<void> {
    this.focused = path;
    await this.updateComplete;
    for (const item of this.renderRoot.querySelectorAll<HTMLElement>('[role=treeitem]')) {
      if (item.dataset.path === path) item.focus();
    }
  }

  #onKey = (event: KeyboardEvent): void => {
    const visible = visibleNodes(this.#nodes, this.collapsed);
    const current = (event.target as HTMLElement).closest<HTMLElement>('[role=treeitem]')?.dataset.path;
    const at = visible.findIndex((n) => n.path === current);
    const node = visible[at];
    if (!node) return;
    const open = node.children.length > 0 && !this.collapsed.has(node.path);
    const move = (to: TreeNode | undefined) => to && void this.#focus(to.path);
    switch (event.key) {
      case 'ArrowDown':
        move(visible[at + 1]);
        break;
      case 'ArrowUp':
        move(visible[at - 1]);
        break;
      case 'Home':
        move(visible[0]);
        break;
      case 'End':
        move(visible[visible.length - 1]);
        break;
      case 'ArrowRight':
        if (node.children.length > 0 && !open) this.#toggle(node.path, true);
        else if (open) move(node.children[0]);
        break;
      case 'ArrowLeft':
        if (open) this.#toggle(node.path, false);
        else move(visible.find((n) => n.path === node.path.slice(0, node.path.lastIndexOf('>'))));
        break;
      case 'Enter':
      case ' ':
        if (node.children.length > 0) this.#toggle(node.path);
        break;
      default:
        return;
    }
    event.preventDefault();
  };
}

defineElement('kpi-tree', KpiTree);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-tree': KpiTree;
  }
}
