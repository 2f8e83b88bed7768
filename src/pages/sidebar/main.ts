/**
 * The sidebar: one `sidebarInit` call, then search in memory, open a card, log interactions.
 * Wires the modules together and switches screens; each view builds its own DOM.
 */
import './sidebar.css';
import { SIDEBAR_API, type CustomerSummary, type SidebarClient } from '../../core/api/sidebar';
import { localeFromTag } from '../../core/i18n';
import { h, replaceChildren } from '../kit/dom';
import { createClient, type ScriptRunner } from '../kit/script-client';
import { renderCard } from './card-view';
import { texts, type Texts } from './i18n';
import { createLogForm } from './log-form';
import { buildSearchIndex } from './search-index';
import { createSearchView, type SearchView } from './search-view';
import { createStore, type Store } from './sidebar-store';

declare const google: { script: { run: ScriptRunner } };

function start(root: HTMLElement): void {
  // Before init answers we do not know the user's locale; the browser's is a fair guess.
  let tx: Texts = texts(localeFromTag(navigator.language.replace('-', '_')));
  const api: SidebarClient = createClient(SIDEBAR_API, google.script.run, {
    describeFailure: (detail) => tx.t('unreachable', { detail }),
  });
  const store: Store = createStore({ init: null, screen: { name: 'loading' } });
  const top = h('div', { class: 'top' });
  const main = h('main', { class: 'content' });
  replaceChildren(root, top, main);
  let search: SearchView | null = null;
  let cardRequest = 0;

  async function load(): Promise<void> {
    store.set({ screen: { name: 'loading' } });
    const result = await api.init();
    if (!result.ok) return store.set({ screen: { name: 'failed', message: result.message } });
    tx = texts(result.value.locale);
    document.documentElement.lang = tx.locale === 'zh' ? 'zh-CN' : 'en';
    search = createSearchView({
      texts: tx,
      index: buildSearchIndex(result.value.customers),
      onOpen: (customer) => void openCard(customer),
      onType: () => {
        if (store.get().screen.name !== 'search') store.set({ screen: { name: 'search' } });
      },
    });
    replaceChildren(top, search.element);
    store.set({ init: result.value, screen: { name: 'search' } });
    search.focus();
  }

  async function openCard(customer: CustomerSummary): Promise<void> {
    // A slower answer for an earlier click must not replace the card asked for last.
    const ticket = ++cardRequest;
    store.set({ screen: { name: 'card-loading', customer } });
    const result = await api.card({ customerId: customer.id });
    if (ticket !== cardRequest || store.get().screen.name !== 'card-loading') return;
    store.set({
      screen: result.ok
        ? { name: 'card', card: result.value }
        : { name: 'card-failed', customer, message: result.message },
    });
    document.getElementById('card-name')?.focus();
  }

  function backButton(): HTMLElement {
    const back = h(
      'button',
      { class: 'link back', attrs: { type: 'button' } },
      `← ${tx.t('back')}`,
    );
    back.addEventListener('click', () => {
      store.set({ screen: { name: 'search' } });
      search?.focus();
    });
    return back;
  }

  function render(): void {
    const { screen, init } = store.get();
    search?.showResults(screen.name === 'search');
    switch (screen.name) {
      case 'loading':
        return replaceChildren(main, h('p', { class: 'secondary loading' }, tx.t('loading')));
      case 'failed': {
        const retry = h('button', { class: 'action', attrs: { type: 'button' } }, tx.t('retry'));
        retry.addEventListener('click', () => void load());
        return replaceChildren(
          main,
          h('p', { class: 'error', attrs: { role: 'alert' } }, screen.message),
          retry,
        );
      }
      case 'search':
        return replaceChildren(main);
      case 'card-loading':
        return replaceChildren(
          main,
          backButton(),
          h('p', { class: 'secondary loading' }, tx.t('loadingCard')),
        );
      case 'card-failed':
        return replaceChildren(
          main,
          backButton(),
          h('p', { class: 'error', attrs: { role: 'alert' } }, screen.message),
        );
      case 'card': {
        const card = screen.card;
        const form = createLogForm({
          texts: tx,
          api,
          customerId: card.id,
          today: init?.today ?? '',
          contactNames: card.contacts.map((c) => c.name),
          // Refresh only the card: the form keeps its confirmation message and fresh id.
          onSaved: (result) => {
            const current = main.querySelector('.card');
            current?.replaceWith(renderCard(result.card, tx));
          },
        });
        return replaceChildren(main, backButton(), renderCard(card, tx), form.element);
      }
    }
  }

  store.subscribe(render);
  render();
  void load();
}

const root = document.getElementById('app');
if (root) start(root);
