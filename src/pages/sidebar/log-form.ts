/**
 * The log form for one customer. One request id per form instance: a retry after a failure
 * (busy lock, lost connection) resends the same id, so the server writes at most one row;
 * only a success starts a fresh form with a new id. A failure keeps everything typed.
 */
import { INTERACTION_KINDS, PURPOSES } from '../../core/crm/vocabulary';
import type { LogResult, SidebarClient } from '../../core/api/sidebar';
import { formGroup, h, replaceChildren, type FormControl } from '../kit/dom';
import { checkForm, type FieldName, type FormValues } from './form-values';
import { LABELS, type Texts } from './i18n';

export interface LogForm {
  readonly element: HTMLElement;
  /** The request id the next submit will send (exposed for tests and debugging). */
  readonly requestId: () => string;
}

/** A fresh request id; crypto.randomUUID needs a secure context, which the sidebar is. */
export function newRequestId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function')
    return crypto.randomUUID();
  return `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function scoreOptions(tx: Texts): HTMLOptionElement[] {
  return [
    h('option', { attrs: { value: '' } }, tx.t('notRated')),
    ...[1, 2, 3, 4, 5].map((n) => h('option', { attrs: { value: String(n) } }, String(n))),
  ];
}

export function createLogForm(options: {
  readonly texts: Texts;
  readonly api: SidebarClient;
  readonly customerId: string;
  readonly today: string;
  /** Contact names offered for "with whom". */
  readonly contactNames: readonly string[];
  readonly onSaved: (result: LogResult) => void;
}): LogForm {
  const { texts: tx, api } = options;
  let requestId = newRequestId();
  const errors = new Map<FieldName, HTMLElement>();
  const controls = new Map<FieldName, FormControl>();

  function field(
    name: FieldName,
    labelKey: Parameters<Texts['t']>[0],
    control: FormControl,
  ): HTMLElement {
    const { group, error } = formGroup(`log-${name}`, name, tx.t(labelKey), control);
    controls.set(name, control);
    errors.set(name, error);
    return group;
  }

  const kind = h(
    'select',
    {},
    ...INTERACTION_KINDS.map((code) =>
      h('option', { attrs: { value: code } }, tx.label(LABELS.kind, code)),
    ),
  );
  const purpose = h(
    'select',
    {},
    ...PURPOSES.map((code) =>
      h('option', { attrs: { value: code } }, tx.label(LABELS.purpose, code)),
    ),
  );
  const date = h('input', { attrs: { type: 'date', required: '' } });
  const summary = h('textarea', { attrs: { rows: '3', required: '' } });
  const withWhom = h('input', {
    attrs: { type: 'text', list: 'log-contacts', autocomplete: 'off' },
  });
  const contactList = h(
    'datalist',
    { id: 'log-contacts' },
    ...options.contactNames.map((name) => {
      const option = h('option');
      option.value = name;
      return option;
    }),
  );
  const perceived = h('select', {}, ...scoreOptions(tx));
  const expected = h('select', {}, ...scoreOptions(tx));
  const dealProbability = h('input', {
    attrs: { type: 'number', min: '0', max: '100', step: 'any', inputmode: 'decimal' },
  });
  const nextStep = h('input', { attrs: { type: 'text' } });
  const followUpDate = h('input', { attrs: { type: 'date' } });
  const submit = h('button', { class: 'action', attrs: { type: 'submit' } }, tx.t('save'));
  const status = h('div', {
    class: 'form-status',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });

  function resetValues(): void {
    kind.value = INTERACTION_KINDS[0] as string;
    purpose.value = PURPOSES[0] as string;
    date.value = options.today;
    for (const control of [
      summary,
      withWhom,
      perceived,
      expected,
      dealProbability,
      nextStep,
      followUpDate,
    ])
      control.value = '';
  }

  function values(): FormValues {
    return {
      kind: kind.value,
      purpose: purpose.value,
      date: date.value,
      summary: summary.value,
      withWhom: withWhom.value,
      perceived: perceived.value,
      expected: expected.value,
      // A number input reports '' for text it cannot parse; treat that as a bad value.
      dealProbability: dealProbability.validity.badInput ? 'x' : dealProbability.value,
      nextStep: nextStep.value,
      followUpDate: followUpDate.value,
    };
  }

  /** Puts each message next to its field; returns those for fields the form does not show. */
  function showErrors(messages: Partial<Record<string, string>>): string[] {
    let first: FormControl | undefined;
    for (const [name, error] of errors) {
      const message = messages[name] ?? '';
      error.textContent = message;
      const control = controls.get(name);
      if (!control) continue;
      control.setAttribute('aria-invalid', message ? 'true' : 'false');
      if (message && !first) first = control;
    }
    first?.focus();
    return Object.entries(messages)
      .filter(([name, message]) => message && !errors.has(name as FieldName))
      .map(([, message]) => message as string);
  }

  function setStatus(kind: 'ok' | 'error' | 'busy' | '', text: string): void {
    status.className = `form-status ${kind}`.trim();
    status.setAttribute('role', kind === 'error' || kind === 'busy' ? 'alert' : 'status');
    replaceChildren(status, text);
  }

  async function save(): Promise<void> {
    if (submit.disabled) return;
    const checked = checkForm(values(), { requestId, customerId: options.customerId });
    if (!checked.ok) {
      const messages: Record<string, string> = {};
      for (const [name, problem] of Object.entries(checked.problems))
        if (problem) messages[name] = tx.t(problem.key, problem.values);
      setStatus('error', tx.t('fixFields'));
      showErrors(messages);
      return;
    }
    showErrors({});
    submit.disabled = true;
    submit.textContent = tx.t('saving');
    setStatus('', '');
    const result = await api.logInteraction(checked.form);
    submit.disabled = false;
    submit.textContent = tx.t('save');
    if (result.ok) {
      requestId = newRequestId();
      form.dataset.requestId = requestId;
      resetValues();
      setStatus('ok', result.value.created ? tx.t('saved') : tx.t('savedBefore'));
      options.onSaved(result.value);
      return;
    }
    // Keep what was typed and the request id: a retry must not write a second row.
    const elsewhere = showErrors(result.fields ?? {});
    if (result.code === 'busy') setStatus('busy', tx.t('busy'));
    else setStatus('error', [...new Set([result.message, ...elsewhere])].join(' '));
  }

  const form = h(
    'form',
    { class: 'log-form', attrs: { novalidate: '', 'aria-labelledby': 'log-title' } },
    h('h3', { id: 'log-title' }, tx.t('logTitle')),
    h('div', { class: 'row' }, field('kind', 'kind', kind), field('purpose', 'purpose', purpose)),
    field('date', 'date', date),
    field('summary', 'summary', summary),
    field('withWhom', 'withWhom', withWhom),
    contactList,
    h(
      'div',
      { class: 'row' },
      field('perceived', 'perceived', perceived),
      field('expected', 'expected', expected),
    ),
    field('dealProbability', 'dealProbability', dealProbability),
    field('nextStep', 'nextStep', nextStep),
    field('followUpDate', 'followUpDate', followUpDate),
    h('div', { class: 'form-actions' }, submit),
    status,
    h('p', { class: 'secondary hint' }, tx.t('submitHint')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });
  summary.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  });
  // Visible to tests and support: which request id the next save sends.
  form.dataset.requestId = requestId;
  resetValues();
  return { element: form, requestId: () => requestId };
}
