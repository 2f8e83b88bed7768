/**
 * The one way the sidebar creates elements. Children given as strings become text nodes, so
 * customer data can never become markup (a name like `<img onerror=…>` stays text).
 */
export type Child = Node | string | number | null | undefined | false;

export interface Props {
  readonly class?: string;
  readonly id?: string;
  /** Attributes set with setAttribute (aria-*, role, for, type…). */
  readonly attrs?: Readonly<Record<string, string>>;
}

/** Creates an element with text-only string children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.id) node.id = props.id;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  append(node, children);
  return node;
}

/** Appends children, strings and numbers as text nodes. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces all children of `parent` in one DOM operation. */
export function replaceChildren(parent: Element, ...children: readonly Child[]): void {
  const fragment = document.createDocumentFragment();
  append(fragment, children);
  parent.replaceChildren(fragment);
}

/** A form control the sidebar and dialogs lay out with a label and an error line. */
export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * A labelled control with its error line, the way Google's add-on forms lay them out: the
 * control gets `id` and `name`, and is described by the error line (read aloud when it
 * changes) and by any `extra` elements shown between the control and the error.
 */
export function formGroup(
  id: string,
  name: string,
  label: string,
  control: FormControl,
  extra: readonly HTMLElement[] = [],
): { readonly group: HTMLElement; readonly error: HTMLElement } {
  control.id = id;
  control.name = name;
  const error = h('div', {
    id: `${id}-error`,
    class: 'field-error',
    attrs: { 'aria-live': 'polite' },
  });
  const described = [error.id, ...extra.map((n) => n.id).filter(Boolean)];
  control.setAttribute('aria-describedby', described.join(' '));
  const group = h(
    'div',
    { class: `form-group field-${name}` },
    h('label', { attrs: { for: id } }, label),
    control,
    ...extra,
    error,
  );
  return { group, error };
}
