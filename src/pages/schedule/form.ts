/**
 * The schedule form: frequency, the day (weekday or day of the month, whichever the
 * frequency needs), hour, recipients and language. Plain labelled controls in tab order, so
 * the dialog works by keyboard alone; errors sit under their field and are announced.
 */
import {
  checkScheduleInput,
  hourLabel,
  splitRecipients,
  WEEKDAY_LABELS,
  type ScheduleField,
  type ScheduleInput,
} from '../../core/forms/schedule-form';
import { localize } from '../../core/i18n';
import {
  MAX_RECIPIENTS,
  REPORT_FREQUENCIES,
  WEEKDAYS,
  type ReportSchedule,
} from '../../core/report/schedule';
import { formGroup, h, replaceChildren, type FormControl } from '../kit/dom';
import type { MessageKey, Texts } from './i18n';

/** What a fresh form shows: weekly on Monday at 08:00, to the user, in their language. */
export interface FormDefaults {
  readonly recipients: readonly string[];
  readonly language: 'en' | 'zh';
}

export interface ScheduleForm {
  readonly element: HTMLFormElement;
  /** The input scheduleSave expects. */
  values(takeOver: boolean): ScheduleInput;
  fill(schedule: ReportSchedule | null, defaults: FormDefaults): void;
  /** Checks the whole form as the server would; marks the fields; true when valid. */
  check(): boolean;
  /** Shows the server's field messages; focuses the first field at fault. */
  showErrors(fields: Readonly<Record<string, string>>): void;
  setDisabled(disabled: boolean): void;
  focusFirst(): void;
}

export function createScheduleForm(
  tx: Texts,
  options: { readonly timeZone: string },
): ScheduleForm {
  const errors = new Map<ScheduleField, HTMLElement>();
  const controls = new Map<ScheduleField, FormControl>();
  const touched = new Set<ScheduleField>();

  function field(
    name: ScheduleField,
    label: MessageKey,
    control: FormControl,
    ...extra: HTMLElement[]
  ) {
    const { group, error } = formGroup(`schedule-${name}`, name, tx.t(label), control, extra);
    controls.set(name, control);
    errors.set(name, error);
    return group;
  }

  const frequency = h(
    'select',
    {},
    ...REPORT_FREQUENCIES.map((f) => h('option', { attrs: { value: f } }, tx.t(f))),
  );
  const weekday = h(
    'select',
    {},
    ...WEEKDAYS.map((d) =>
      h('option', { attrs: { value: d } }, localize(WEEKDAY_LABELS[d], tx.locale)),
    ),
  );
  const monthDay = h(
    'select',
    {},
    ...Array.from({ length: 28 }, (_, i) =>
      h('option', { attrs: { value: String(i + 1) } }, String(i + 1)),
    ),
  );
  const hour = h(
    'select',
    {},
    ...Array.from({ length: 24 }, (_, i) =>
      h('option', { attrs: { value: String(i) } }, hourLabel(i)),
    ),
  );
  const zoneHint = h(
    'div',
    { id: 'schedule-zone', class: 'secondary hint-line' },
    tx.t('timeZone', { zone: options.timeZone }),
  );
  const recipients = h('textarea', {
    attrs: { rows: '4', spellcheck: 'false', autocomplete: 'off', 'aria-required': 'true' },
  });
  const recipientsHint = h(
    'div',
    { id: 'schedule-recipients-hint', class: 'secondary hint-line' },
    tx.t('recipientsHint'),
    ' ',
    h('span', { class: 'recipient-count', attrs: { 'aria-live': 'off' } }),
  );
  const language = h(
    'select',
    {},
    h('option', { attrs: { value: 'en', lang: 'en' } }, 'English'),
    h('option', { attrs: { value: 'zh', lang: 'zh-CN' } }, '中文'),
  );

  const weekdayGroup = field('weekday', 'weekday', weekday);
  const monthDayGroup = field('monthDay', 'monthDay', monthDay);
  const element = h(
    'form',
    { class: 'schedule-form', attrs: { novalidate: '' } },
    h(
      'div',
      { class: 'row' },
      field('frequency', 'frequency', frequency),
      weekdayGroup,
      monthDayGroup,
      field('hour', 'hour', hour),
    ),
    zoneHint,
    field('recipients', 'recipients', recipients, recipientsHint),
    field('language', 'language', language),
  );
  hour.setAttribute('aria-describedby', `${hour.getAttribute('aria-describedby')} ${zoneHint.id}`);

  function showDayField(): void {
    weekdayGroup.hidden = frequency.value !== 'weekly';
    monthDayGroup.hidden = frequency.value !== 'monthly';
  }

  function updateCount(): void {
    const count = splitRecipients(recipients.value).length;
    const counter = recipientsHint.querySelector('.recipient-count')!;
    counter.textContent = tx.t('recipientCount', { count, max: MAX_RECIPIENTS });
    counter.classList.toggle('over', count > MAX_RECIPIENTS);
  }

  function values(takeOver: boolean): ScheduleInput {
    return {
      frequency: frequency.value,
      weekday: weekday.value,
      monthDay: Number(monthDay.value),
      hour: Number(hour.value),
      recipients: recipients.value,
      language: language.value,
      takeOver,
    };
  }

  function mark(name: ScheduleField, message: string | undefined): void {
    const control = controls.get(name)!;
    if (message) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
    replaceChildren(errors.get(name)!, message ?? '');
  }

  /** Marks the fields the user has been through (all of them with `all`). */
  function checkFields(all: boolean): boolean {
    const result = checkScheduleInput(values(false), tx.locale);
    const fields: Partial<Record<ScheduleField, string>> = result.ok ? {} : result.fields;
    for (const name of controls.keys()) if (all || touched.has(name)) mark(name, fields[name]);
    return result.ok;
  }

  for (const [name, control] of controls) {
    control.addEventListener('blur', () => {
      touched.add(name);
      checkFields(false);
    });
    control.addEventListener('input', () => {
      if (name === 'recipients') updateCount();
      if (control.getAttribute('aria-invalid') === 'true') checkFields(false);
    });
  }
  frequency.addEventListener('change', showDayField);

  return {
    element,
    values,
    fill(schedule, defaults) {
      frequency.value = schedule?.frequency ?? 'weekly';
      weekday.value = schedule?.weekday ?? 'MONDAY';
      monthDay.value = String(schedule?.monthDay ?? 1);
      hour.value = String(schedule?.hour ?? 8);
      recipients.value = (schedule?.recipients ?? defaults.recipients).join('\n');
      language.value = schedule?.language ?? defaults.language;
      touched.clear();
      for (const name of controls.keys()) mark(name, undefined);
      showDayField();
      updateCount();
    },
    check: () => {
      const ok = checkFields(true);
      if (!ok) focusInvalid();
      return ok;
    },
    showErrors(fields) {
      for (const name of controls.keys()) mark(name, fields[name]);
      focusInvalid();
    },
    setDisabled(disabled) {
      for (const control of controls.values()) control.disabled = disabled;
    },
    focusFirst: () => frequency.focus(),
  };

  function focusInvalid(): void {
    for (const control of controls.values())
      if (control.getAttribute('aria-invalid') === 'true') return control.focus();
  }
}
