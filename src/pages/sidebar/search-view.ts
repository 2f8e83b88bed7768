/**
 * The search box and its result list (an ARIA combobox): filters on every keystroke, shows at
 * most RESULT_LIMIT rows, ↑/↓ move the highlight, Enter opens, Escape clears.
 */
import type { CustomerSummary } from '../../core/api/sidebar';
import { h, replaceChildren } from '../kit/dom';
import type { Texts } from './i18n';
import { LABELS } from './i18n';
import type { SearchIndex } from './search-index';

/** Rows rendered per keystroke: enough to scan, few enough to stay instant. */
export const RESULT_LIMIT = 50;

export interface SearchView {
  readonly element: HTMLElement;
  focus(): void;
  /** Shows or hides the result list (hidden while a card is open). */
  showResults(visible: boolean): void;
}

export function createSearchView(options: {
  readonly texts: Texts;
  readonly index: SearchIndex;
  readonly onOpen: (customer: CustomerSummary) => void;
  /** Called when the user types, so the page can go back to the list. */
  readonly onType: () => void;
}): SearchView {
  const { texts: tx, index } = options;
  const input = h('input', {
    id: 'search',
    class: 'search-input',
    attrs: {
      type: 'search',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-controls': 'results',
      'aria-expanded': 'true',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: tx.t('searchPlaceholder'),
    },
  });
  const count = h('div', { class: 'search-count secondary', attrs: { 'aria-live': 'polite' } });
  const list = h('ul', {
    id: 'results',
    class: 'results',
    attrs: { role: 'listbox', 'aria-label': tx.t('searchLabel') },
  });
  let matches: readonly CustomerSummary[] = [];
  let active = -1;

  function setActive(next: number): void {
    const items = list.children;
    items[active]?.classList.remove('active');
    items[active]?.setAttribute('aria-selected', 'false');
    active = matches.length === 0 ? -1 : Math.max(0, Math.min(next, matches.length - 1));
    const item = items[active];
    if (item) {
      item.classList.add('active');
      item.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', item.id);
      item.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function render(): void {
    const query = input.value;
    const result = index.search(query, RESULT_LIMIT);
    matches = result.matches;
    active = -1;
    input.removeAttribute('aria-activedescendant');
    const rows = matches.map((customer, i) => {
      const row = h(
        'li',
        { id: `result-${i}`, class: 'result', attrs: { role: 'option', 'aria-selected': 'false' } },
        h('span', { class: `tier-chip tier-${customer.tier || 'none'}` }, customer.tier || '·'),
        h('span', { class: 'result-name' }, customer.name),
        h('span', { class: 'result-id secondary' }, customer.id),
      );
      if (customer.tier) row.title = tx.label(LABELS.tier, customer.tier);
      // mousedown would move focus off the input first; open on click.
      row.addEventListener('click', () => options.onOpen(customer));
      return row;
    });
    replaceChildren(list, ...rows);
    if (index.size === 0) count.textContent = tx.t('searchEmptyBook');
    else if (result.total === 0) count.textContent = tx.t('searchNone', { query: query.trim() });
    else
      count.textContent = tx.t('searchCount', {
        shown: tx.number(matches.length),
        total: tx.number(result.total),
      });
  }

  input.addEventListener('input', () => {
    options.onType();
    render();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') setActive(active + 1);
    else if (event.key === 'ArrowUp') setActive(active - 1);
    else if (event.key === 'Enter') {
      const chosen = matches[active < 0 ? 0 : active];
      if (chosen) options.onOpen(chosen);
    } else if (event.key === 'Escape' && input.value !== '') {
      input.value = '';
      options.onType();
      render();
    } else return;
    event.preventDefault();
  });

  const results = h('div', { class: 'search-results' }, count, list);
  const element = h(
    'div',
    { class: 'search block form-group' },
    h('label', { attrs: { for: 'search' } }, tx.t('searchLabel')),
    input,
    results,
  );
  render();
  return {
    element,
    focus: () => input.focus(),
    showResults(visible) {
      results.hidden = !visible;
      input.setAttribute('aria-expanded', String(visible));
    },
  };
}
