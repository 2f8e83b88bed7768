/**
 * What the sidebar shows, in one place: which screen, which customer and the last card
 * received. Views read it; only main.ts changes it.
 */
import type { CustomerCard, CustomerSummary, SidebarInit } from '../../core/api/sidebar';

export type Screen =
  | { readonly name: 'loading' }
  | { readonly name: 'failed'; readonly message: string }
  | { readonly name: 'search' }
  | { readonly name: 'card-loading'; readonly customer: CustomerSummary }
  | { readonly name: 'card'; readonly card: CustomerCard }
  | { readonly name: 'card-failed'; readonly customer: CustomerSummary; readonly message: string };

export interface SidebarState {
  readonly init: SidebarInit | null;
  readonly screen: Screen;
}

export interface Store {
  get(): SidebarState;
  set(patch: Partial<SidebarState>): void;
  subscribe(listener: (state: SidebarState) => void): void;
}

export function createStore(initial: SidebarState): Store {
  let state = initial;
  const listeners: ((state: SidebarState) => void)[] = [];
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      for (const listener of listeners) listener(state);
    },
    subscribe: (listener) => void listeners.push(listener),
  };
}
