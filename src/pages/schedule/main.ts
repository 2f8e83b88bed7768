/**
 * The Schedule report dialog: one scheduleInit call, then Save / Take over / Stop report.
 * Shows who runs the report and its health. Every answer comes back as the new state, so the
 * dialog always shows what is saved, not what was typed.
 */
import './schedule.css';
import { SCHEDULE_API, type ScheduleClient, type ScheduleState } from '../../core/api/schedule';
import { describeSchedule } from '../../core/forms/schedule-form';
import { localeFromTag } from '../../core/i18n';
import { h, replaceChildren } from '../kit/dom';
import { createClient, type ScriptRunner } from '../kit/script-client';
import { createScheduleForm, type ScheduleForm } from './form';
import { texts, type Texts } from './i18n';

declare const google: {
  script: { run: ScriptRunner; host?: { close(): void } };
};

function button(label: string, className = ''): HTMLButtonElement {
  return h('button', { class: className, attrs: { type: 'button' } }, label);
}

function start(root: HTMLElement): void {
  // Before init answers, the browser's language is a fair guess.
  let tx: Texts = texts(localeFromTag(navigator.language.replace('-', '_')));
  const api: ScheduleClient = createClient(SCHEDULE_API, google.script.run, {
    describeFailure: (detail) => tx.t('unreachable', { detail }),
  });

  async function load(): Promise<void> {
    replaceChildren(root, h('p', { class: 'secondary loading' }, tx.t('loading')));
    const result = await api.init();
    if (!result.ok) {
      const retry = button(tx.t('retry'), 'action');
      retry.addEventListener('click', () => void load());
      replaceChildren(
        root,
        h('p', { class: 'error', attrs: { role: 'alert' } }, result.message),
        retry,
      );
      retry.focus();
      return;
    }
    tx = texts(result.value.locale);
    document.documentElement.lang = tx.locale === 'zh' ? 'zh-CN' : 'en';
    mount(result.value);
  }

  function mount(initial: ScheduleState): void {
    let state = initial;
    const form: ScheduleForm = createScheduleForm(tx, { timeZone: state.timeZone });
    const notice = h('p', { class: 'notice', attrs: { id: 'schedule-owner' } });
    const health = h('section', { class: 'health', attrs: { 'aria-labelledby': 'health-title' } });
    const status = h('div', {
      class: 'form-status',
      attrs: { role: 'status', 'aria-live': 'polite' },
    });
    const save = button(tx.t('save'), 'action');
    save.id = 'schedule-save';
    save.type = 'submit';
    save.setAttribute('form', 'schedule-form');
    const takeOver = button(tx.t('takeOver'), 'action');
    takeOver.id = 'schedule-take-over';
    const stop = button(tx.t('stop'), 'danger');
    stop.id = 'schedule-stop';
    const close = button(tx.t('close'));
    const confirmYes = button(tx.t('confirmStopYes'), 'action danger-action');
    const confirmNo = button(tx.t('keep'));
    confirmYes.id = 'schedule-confirm-stop';
    confirmNo.id = 'schedule-keep';
    const confirm = h(
      'div',
      { class: 'confirm', attrs: { role: 'alertdialog', 'aria-labelledby': 'confirm-text' } },
      h('p', { id: 'confirm-text' }, tx.t('confirmStop')),
      h('div', { class: 'buttons' }, confirmNo, confirmYes),
    );
    confirm.hidden = true;
    form.element.id = 'schedule-form';
    const actions = h(
      'div',
      { class: 'actions' },
      stop,
      h('span', { class: 'spacer' }),
      close,
      takeOver,
      save,
    );
    replaceChildren(
      root,
      notice,
      form.element,
      health,
      h('p', { class: 'secondary hint' }, tx.t('submitHint')),
      status,
      confirm,
      actions,
    );

    function setStatus(kind: 'ok' | 'error' | 'busy' | '', ...lines: string[]): void {
      status.className = `form-status ${kind}`;
      const shown = lines.filter((line) => line !== '');
      replaceChildren(status, ...shown.flatMap((line, i) => (i === 0 ? [line] : [h('br'), line])));
    }

    /** What the last run left undone or found, one warning line each. */
    function lastRunNotes(): HTMLElement[] {
      const run = state.health.lastRun;
      if (!run) return [];
      const when = tx.instant(run.at, state.timeZone);
      const note = (text: string, id: string): HTMLElement =>
        h('p', { class: 'health-note error', attrs: { id } }, text);
      const notes: HTMLElement[] = [];
      if (run.skipped.length > 0)
        notes.push(note(tx.t('skipped', { when, list: run.skipped.join(', ') }), 'health-skipped'));
      if (run.newBaseline !== null)
        notes.push(
          note(
            run.newBaseline === 'lost'
              ? tx.t('newBaselineLost', { when })
              : tx.t('newBaselineDamaged', { when, detail: run.newBaseline }),
            'health-baseline',
          ),
        );
      if (run.ignoredRows.length > 0)
        notes.push(note(tx.t('ignoredRows', { rows: run.ignoredRows.join(', ') }), 'health-rows'));
      return notes;
    }

    function renderHealth(): void {
      const { lastSuccess, lastError } = state.health;
      replaceChildren(
        health,
        h('h3', { id: 'health-title' }, tx.t('health')),
        h(
          'p',
          { class: 'health-success' },
          tx.t('lastSuccess', {
            when: lastSuccess ? tx.instant(lastSuccess, state.timeZone) : tx.t('never'),
          }),
        ),
        lastError
          ? h(
              'p',
              { class: 'health-error error' },
              tx.t('lastError', {
                when: tx.instant(lastError.at, state.timeZone),
                message: lastError.message,
              }),
            )
          : h('p', { class: 'health-ok secondary' }, tx.t('noError')),
        ...lastRunNotes(),
      );
    }

    function renderOwner(): void {
      const schedule = state.schedule;
      const otherOwner = schedule && !state.ownedByMe ? schedule.owner : null;
      notice.className = `notice${otherOwner ? ' other' : ''}`;
      replaceChildren(
        notice,
        !schedule
          ? tx.t('noSchedule')
          : otherOwner
            ? tx.t('ownedByOther', { owner: otherOwner })
            : tx.t('ownedByMe'),
      );
      save.hidden = otherOwner !== null;
      takeOver.hidden = otherOwner === null;
      stop.hidden = schedule === null;
    }

    function render(): void {
      form.fill(state.schedule, { recipients: [state.userEmail], language: state.locale });
      renderOwner();
      renderHealth();
    }

    function setBusy(busy: boolean, label?: HTMLButtonElement, text?: string): void {
      form.setDisabled(busy);
      for (const b of [save, takeOver, stop, close, confirmYes, confirmNo]) b.disabled = busy;
      if (busy && label && text) label.textContent = text;
      if (!busy) {
        save.textContent = tx.t('save');
        takeOver.textContent = tx.t('takeOver');
        confirmYes.textContent = tx.t('confirmStopYes');
      }
    }

    async function submit(asTakeOver: boolean): Promise<void> {
      if (save.disabled) return;
      setStatus('');
      if (!form.check()) return;
      const primary = asTakeOver ? takeOver : save;
      setBusy(true, primary, tx.t('saving'));
      const result = await api.save(form.values(asTakeOver));
      if (!result.ok && result.fields?.takeOver) {
        // Someone else saved in the meantime: show who and offer to take over, keeping what
        // was typed (only the owner notice and health are refreshed). Busy until then.
        const fresh = await api.init();
        if (fresh.ok) state = fresh.value;
        setBusy(false);
        renderOwner();
        renderHealth();
        save.hidden = true;
        takeOver.hidden = false;
        setStatus('error', result.message);
        takeOver.focus();
        return;
      }
      setBusy(false);
      if (!result.ok) {
        const fieldMessages = Object.values(result.fields ?? {});
        // A message already shown under its field is not repeated below.
        setStatus(
          result.code === 'busy' ? 'busy' : 'error',
          fieldMessages.includes(result.message) ? '' : result.message,
        );
        if (fieldMessages.length > 0) form.showErrors(result.fields!);
        else primary.focus();
        return;
      }
      state = result.value.state;
      render();
      const when = state.schedule
        ? describeSchedule(state.schedule, state.timeZone, tx.locale)
        : '';
      setStatus(
        'ok',
        result.value.tookOverFrom
          ? tx.t('tookOver', { owner: result.value.tookOverFrom, when })
          : tx.t('saved', { when }),
      );
      save.focus();
    }

    async function stopReport(): Promise<void> {
      setBusy(true, confirmYes, tx.t('stopping'));
      const result = await api.stop();
      setBusy(false);
      confirm.hidden = true;
      actions.hidden = false;
      if (!result.ok) {
        setStatus('error', result.message);
        stop.focus();
        return;
      }
      state = result.value.state;
      render();
      const left = result.value.ownerTriggerLeft;
      setStatus(
        'ok',
        tx.t('stopped'),
        ...(left ? [tx.t('ownerTriggerLeft', { owner: left })] : []),
      );
      save.focus();
    }

    form.element.addEventListener('submit', (event) => {
      event.preventDefault();
      void submit(!takeOver.hidden);
    });
    form.element.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void submit(!takeOver.hidden);
      }
    });
    takeOver.addEventListener('click', () => void submit(true));
    stop.addEventListener('click', () => {
      setStatus('');
      confirm.hidden = false;
      actions.hidden = true;
      confirmNo.focus();
    });
    confirmNo.addEventListener('click', () => {
      confirm.hidden = true;
      actions.hidden = false;
      stop.focus();
    });
    confirmYes.addEventListener('click', () => void stopReport());
    confirm.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        confirmNo.click();
      }
    });
    close.addEventListener('click', () => google.script.host?.close());

    render();
    form.focusFirst();
  }

  void load();
}

const root = document.getElementById('app');
if (root) start(root);
