/**
 * Schedule report through the built bundle in the local runtime (promise 4: one schedule per
 * spreadsheet; promise 9: every browser-callable function validates input and the caller).
 * The spreadsheet is in Asia/Shanghai and the script in America/New_York, so an hour taken in
 * the wrong zone shows.
 */
import { describe, expect, it } from 'vitest';
import {
  EDITOR,
  EDITOR_ZH,
  HANDLER,
  OWNER,
  STRANGER,
  VIEWER,
  call,
  reportTriggers,
  scheduleBundleWithout,
  scheduleRuntime,
  storedSchedule,
  weekly,
} from './schedule-support';

interface State {
  locale: string;
  userEmail: string;
  timeZone: string;
  schedule: Record<string, unknown> | null;
  ownedByMe: boolean;
  health: { lastSuccess: string | null; lastError: { at: string; message: string } | null };
}
interface SaveResult {
  state: State;
  tookOverFrom: string | null;
}
interface StopResult {
  state: State;
  cleared: boolean;
  removedTriggers: number;
  ownerTriggerLeft: string | null;
}

describe('scheduleSave installs exactly one trigger', () => {
  for (const addon of [true, false]) {
    it(`installing twice leaves one trigger with the new settings (${addon ? 'add-on' : 'bound script'} rules)`, () => {
      const rt = scheduleRuntime({ addon });
      const first = call<SaveResult>(rt, 'scheduleSave', [weekly()], OWNER);
      expect(first.ok).toBe(true);
      const second = call<SaveResult>(
        rt,
        'scheduleSave',
        [weekly({ frequency: 'daily', hour: 18, recipients: 'ann@example.com, vic@example.com' })],
        OWNER,
      );
      expect(second).toMatchObject({ ok: true });
      const triggers = reportTriggers(rt);
      expect(triggers).toHaveLength(1);
      expect(triggers[0]).toMatchObject({
        owner: OWNER,
        source: 'CLOCK',
        time: { everyDays: 1, atHour: 18, inTimezone: 'Asia/Shanghai' },
      });
      expect(storedSchedule(rt)).toMatchObject({
        frequency: 'daily',
        hour: 18,
        recipients: ['ann@example.com', 'vic@example.com'],
        owner: OWNER,
      });
      if (second.ok) {
        expect(second.value.state).toMatchObject({ ownedByMe: true, timeZone: 'Asia/Shanghai' });
        expect(second.value.tookOverFrom).toBeNull();
      }
    });
  }

  it('builds weekly and monthly triggers on the chosen day, in the spreadsheet time zone', () => {
    const rt = scheduleRuntime();
    call(rt, 'scheduleSave', [weekly({ weekday: 'FRIDAY', hour: 7 })], OWNER);
    expect(reportTriggers(rt)[0]!.time).toEqual({
      onWeekDay: 'FRIDAY',
      atHour: 7,
      inTimezone: 'Asia/Shanghai',
    });
    call(rt, 'scheduleSave', [weekly({ frequency: 'monthly', monthDay: 28, hour: 0 })], OWNER);
    expect(reportTriggers(rt)).toHaveLength(1);
    expect(reportTriggers(rt)[0]!.time).toEqual({
      onMonthDay: 28,
      atHour: 0,
      inTimezone: 'Asia/Shanghai',
    });
  });

  it('the trigger fires at the chosen hour in the spreadsheet time zone, not the script one', () => {
    // Tuesday 2025-06-10 17:00 in Shanghai; Monday 08:00 Shanghai is 2025-06-16T00:00Z.
    const rt = scheduleRuntime();
    call(rt, 'scheduleSave', [weekly({ weekday: 'MONDAY', hour: 8 })], OWNER);
    expect(reportTriggers(rt)[0]!.nextDue?.toISOString()).toBe('2025-06-16T00:00:00.000Z');
    rt.clock.set(new Date('2025-06-15T23:59:00Z'));
    expect(rt.fireDueTriggers()).toHaveLength(0);
    rt.clock.set(new Date('2025-06-16T00:00:00Z'));
    expect(rt.fireDueTriggers()).toHaveLength(1);
    // Daily at 06:00 Shanghai = 22:00Z the day before.
    call(rt, 'scheduleSave', [weekly({ frequency: 'daily', hour: 6 })], OWNER);
    expect(reportTriggers(rt)[0]!.nextDue?.toISOString()).toBe('2025-06-16T22:00:00.000Z');
    rt.clock.set(new Date('2025-06-16T21:59:00Z'));
    expect(rt.fireDueTriggers()).toHaveLength(0);
    rt.clock.set(new Date('2025-06-16T22:00:00Z'));
    expect(rt.fireDueTriggers()).toHaveLength(1);
  });

  it('two editors saving at the same moment leave one schedule and one trigger', async () => {
    const rt = scheduleRuntime();
    const runs = await rt.runConcurrently(
      [
        { fn: 'scheduleSave', args: [weekly()], opts: { user: OWNER }, browser: true },
        { fn: 'scheduleSave', args: [weekly({ hour: 9 })], opts: { user: EDITOR }, browser: true },
      ],
      'round-robin',
    );
    const answers = runs.map((r) => r.value as { ok: boolean; code?: string });
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.find((a) => !a.ok)?.code).toBe('forbidden');
    expect(reportTriggers(rt)).toHaveLength(1);
    expect(storedSchedule(rt)?.owner).toBe(reportTriggers(rt)[0]!.owner);
  });
});

describe('a second user sees who owns the schedule', () => {
  it('a save without takeOver is refused, names the owner and adds no trigger', () => {
    const rt = scheduleRuntime();
    call(rt, 'scheduleSave', [weekly()], OWNER);
    const before = storedSchedule(rt);
    const answer = call(rt, 'scheduleSave', [weekly({ hour: 9 })], EDITOR);
    expect(answer).toMatchObject({
      ok: false,
      code: 'forbidden',
      message: 'owner@example.com runs this report; take it over?',
    });
    expect(reportTriggers(rt)).toHaveLength(1);
    expect(reportTriggers(rt, EDITOR)).toHaveLength(0);
    expect(storedSchedule(rt)).toEqual(before);
    const init = call<State>(rt, 'scheduleInit', [], EDITOR);
    expect(init).toMatchObject({
      ok: true,
      value: { ownedByMe: false, schedule: { owner: OWNER }, userEmail: EDITOR },
    });
  });

  it('in Chinese for a zh_CN user', () => {
    const rt = scheduleRuntime();
    call(rt, 'scheduleSave', [weekly()], OWNER);
    const answer = call(rt, 'scheduleSave', [weekly()], EDITOR_ZH);
    expect(answer).toMatchObject({
      ok: false,
      message: '此报告由 owner@example.com 负责运行；要接管吗？',
    });
  });

  it('with takeOver the caller becomes the owner and has exactly one trigger', () => {
    const rt = scheduleRuntime();
    call(rt, 'scheduleSave', [weekly()], OWNER);
    const answer = call<SaveResult>(
      rt,
      'scheduleSave',
      [weekly({ hour: 9, takeOver: true })],
      EDITOR,
    );
    expect(answer).toMatchObject({
      ok: true,
      value: {
        tookOverFrom: OWNER,
        state: { ownedByMe: true, schedule: { owner: EDITOR, hour: 9 } },
      },
    });
    expect(storedSchedule(rt)).toMatchObject({ owner: EDITOR, hour: 9 });
    expect(reportTriggers(rt, EDITOR)).toHaveLength(1);
    expect(reportTriggers(rt, EDITOR)[0]!.time?.atHour).toBe(9);
    // The old owner's trigger is theirs to delete: it removes itself when it next fires (job).
    expect(reportTriggers(rt, OWNER)).toHaveLength(1);
    // Taking over again (or re-saving) still leaves the new owner one trigger.
    call(rt, 'scheduleSave', [weekly({ hour: 10 })], EDITOR);
    expect(reportTriggers(rt, EDITOR)).toHaveLength(1);
  });
});

describe('a left-over trigger removes itself when it fires (with the job)', () => {
  it("after a take-over, the old owner's trigger fires once, sends nothing and is gone", () => {
    const rt = scheduleRuntime();
    call(rt, 'scheduleSave', [weekly()], OWNER);
    call(rt, 'scheduleSave', [weekly({ hour: 9, takeOver: true })], EDITOR);
    const old = reportTriggers(rt, OWNER)[0]!;
    const run = rt.fireTrigger(old.uniqueId);
    expect(run.ok).toBe(true);
    expect(rt.mail.outbox).toHaveLength(0);
    expect(reportTriggers(rt, OWNER)).toHaveLength(0);
    expect(reportTriggers(rt)).toEqual([expect.objectContaining({ owner: EDITOR })]);
  });

  it("after another editor stops the report, the owner's trigger removes itself", () => {
    const rt = scheduleRuntime();
    call(rt, 'scheduleSave', [weekly()], OWNER);
    call(rt, 'scheduleStop', [], EDITOR);
    rt.clock.set(new Date('2025-06-16T00:00:00Z'));
    expect(rt.fireDueTriggers()).toHaveLength(1);
    expect(rt.mail.outbox).toHaveLength(0);
    expect(reportTriggers(rt)).toHaveLength(0);
  });
});

describe("only this spreadsheet's trigger is ever deleted", () => {
  // In an editor add-on, getProjectTriggers lists the user's report triggers of every document.
  // A trigger whose id this spreadsheet did not record stands for the same user's report in
  // another spreadsheet: saving, stopping and a left-over firing here must leave it alone.
  it('a report trigger of another spreadsheet survives a save, a take-over firing and a stop', () => {
    const rt = scheduleRuntime({ addon: false });
    call(rt, 'scheduleSave', [weekly()], OWNER);
    const elsewhere = reportTriggers(rt, OWNER)[0]!;
    rt.host.state.documentProperties.delete('customerPyramid.report.triggers');

    expect(call(rt, 'scheduleSave', [weekly({ hour: 10 })], OWNER)).toMatchObject({ ok: true });
    const mine = reportTriggers(rt, OWNER).filter((t) => t.uniqueId !== elsewhere.uniqueId);
    expect(mine).toHaveLength(1);
    expect(reportTriggers(rt, OWNER).map((t) => t.uniqueId)).toContain(elsewhere.uniqueId);

    call(rt, 'scheduleSave', [weekly({ takeOver: true })], EDITOR);
    expect(rt.fireTrigger(mine[0]!.uniqueId).ok).toBe(true);
    expect(reportTriggers(rt, OWNER).map((t) => t.uniqueId)).toEqual([elsewhere.uniqueId]);

    call(rt, 'scheduleSave', [weekly({ takeOver: true })], OWNER);
    call(rt, 'scheduleStop', [], OWNER);
    expect(reportTriggers(rt, OWNER).map((t) => t.uniqueId)).toEqual([elsewhere.uniqueId]);
  });
});

describe('who may call', () => {
  for (const user of [VIEWER, STRANGER]) {
    it(`${user} is refused by every schedule function and nothing changes`, () => {
      const rt = scheduleRuntime();
      call(rt, 'scheduleSave', [weekly()], OWNER);
      const before = { schedule: storedSchedule(rt), triggers: reportTriggers(rt) };
      for (const [fn, args] of [
        ['scheduleInit', []],
        ['scheduleSave', [weekly({ takeOver: true })]],
        ['scheduleStop', []],
      ] as const) {
        expect(call(rt, fn, [...args], user), fn).toMatchObject({ ok: false, code: 'forbidden' });
      }
      expect(storedSchedule(rt)).toEqual(before.schedule);
      expect(reportTriggers(rt)).toEqual(before.triggers);
    });
  }
});

describe('no authorisation outlives the execution that decided it', () => {
  it('an editor removed from the file (or made a viewer) is refused at once by every schedule and sidebar call', () => {
    for (const role of ['none', 'viewer'] as const) {
      const rt = scheduleRuntime();
      // Confirmed an editor a moment ago, by each kind of call.
      expect(call(rt, 'scheduleSave', [weekly()], EDITOR)).toMatchObject({ ok: true });
      expect(call(rt, 'scheduleInit', [], EDITOR)).toMatchObject({ ok: true });
      const before = { schedule: storedSchedule(rt), triggers: reportTriggers(rt) };
      rt.host.state.users.find((u) => u.email === EDITOR)!.role = role;
      rt.clock.advance(1_000);
      for (const [fn, args] of [
        ['scheduleInit', []],
        ['scheduleSave', [weekly({ hour: 11, recipients: 'vic@example.com' })]],
        ['scheduleStop', []],
        ['sidebarInit', []],
      ] as const)
        expect(call(rt, fn, [...args], EDITOR), `${fn} as a former editor (${role})`).toMatchObject(
          { ok: false, code: 'forbidden' },
        );
      expect(storedSchedule(rt)).toEqual(before.schedule);
      expect(reportTriggers(rt)).toEqual(before.triggers);
    }
  });
});

describe('recipients must be able to open the spreadsheet', () => {
  it('an outsider is refused by name and nothing changes', () => {
    const rt = scheduleRuntime();
    call(rt, 'scheduleSave', [weekly()], OWNER);
    const before = { schedule: storedSchedule(rt), triggers: reportTriggers(rt) };
    const answer = call(
      rt,
      'scheduleSave',
      [weekly({ hour: 11, recipients: 'vic@example.com, Boss@Elsewhere.com; eve@example.net' })],
      OWNER,
    );
    expect(answer).toMatchObject({ ok: false, code: 'invalid' });
    if (!answer.ok) {
      expect(answer.message).toContain('boss@elsewhere.com, eve@example.net');
      expect(answer.message).toMatch(/not shared with these people by name/);
      expect(answer.fields?.recipients).toBe(answer.message);
    }
    expect(storedSchedule(rt)).toEqual(before.schedule);
    expect(reportTriggers(rt)).toEqual(before.triggers);
  });

  it('owner, editors and viewers are accepted, in any case and separated by lines or commas', () => {
    const rt = scheduleRuntime();
    const answer = call<SaveResult>(
      rt,
      'scheduleSave',
      [
        weekly({
          recipients:
            ' OWNER@example.com\nann@example.com,li@example.com;\n\nvic@example.com, ann@example.com ',
        }),
      ],
      EDITOR,
    );
    expect(answer.ok).toBe(true);
    expect(storedSchedule(rt)?.recipients).toEqual([
      'owner@example.com',
      'ann@example.com',
      'li@example.com',
      'vic@example.com',
    ]);
  });
});

describe('bad input gets a clear message and nothing is saved', () => {
  const fifty1 = Array.from({ length: 51 }, (_, i) => `p${i}@example.com`).join('\n');
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    ['hour 25', weekly({ hour: 25 }), 'hour', /hour from 0 to 23/],
    ['hour 7.5', weekly({ hour: 7.5 }), 'hour', /hour from 0 to 23/],
    ['an unknown weekday', weekly({ weekday: 'FUNDAY' }), 'weekday', /day of the week/],
    ['day 31 of the month', weekly({ frequency: 'monthly', monthDay: 31 }), 'monthDay', /1 to 28/],
    [
      'an unknown frequency',
      weekly({ frequency: 'hourly' }),
      'frequency',
      /daily, weekly or monthly/,
    ],
    ['no recipients', weekly({ recipients: ' \n , ' }), 'recipients', /at least one recipient/],
    [
      '51 recipients',
      weekly({ recipients: fifty1 }),
      'recipients',
      /At most 50 recipients; there are 51/,
    ],
    [
      'a recipient that is not an address',
      weekly({ recipients: 'ann@example.com, bob' }),
      'recipients',
      /Not an email address: bob/,
    ],
    ['an unknown language', weekly({ language: 'fr' }), 'language', /English or 中文/],
  ];
  for (const [what, input, field, message] of cases) {
    it(what, () => {
      const rt = scheduleRuntime();
      const answer = call(rt, 'scheduleSave', [input], OWNER);
      expect(answer).toMatchObject({ ok: false, code: 'invalid' });
      if (!answer.ok) {
        expect(answer.message).toMatch(message);
        expect(answer.fields?.[field]).toMatch(message);
      }
      expect(storedSchedule(rt)).toBeNull();
      expect(reportTriggers(rt)).toHaveLength(0);
    });
  }

  it('not an object, or fields of the wrong type', () => {
    const rt = scheduleRuntime();
    for (const input of [
      null,
      'weekly',
      [1],
      weekly({ takeOver: 'yes' }),
      weekly({ recipients: 42 }),
    ]) {
      expect(call(rt, 'scheduleSave', [input], OWNER)).toMatchObject({
        ok: false,
        code: 'invalid',
      });
    }
    expect(storedSchedule(rt)).toBeNull();
    expect(reportTriggers(rt)).toHaveLength(0);
  });
});

describe('Stop report', () => {
  it('the owner stopping removes the trigger and clears the schedule', () => {
    const rt = scheduleRuntime();
    call(rt, 'scheduleSave', [weekly()], OWNER);
    const answer = call<StopResult>(rt, 'scheduleStop', [], OWNER);
    expect(answer).toMatchObject({
      ok: true,
      value: {
        cleared: true,
        removedTriggers: 1,
        ownerTriggerLeft: null,
        state: { schedule: null },
      },
    });
    expect(reportTriggers(rt)).toHaveLength(0);
    expect(storedSchedule(rt)).toBeNull();
  });

  it("another editor may stop it: the schedule is cleared, the owner's trigger is named", () => {
    const rt = scheduleRuntime();
    call(rt, 'scheduleSave', [weekly()], OWNER);
    const answer = call<StopResult>(rt, 'scheduleStop', [], EDITOR);
    expect(answer).toMatchObject({
      ok: true,
      value: { cleared: true, removedTriggers: 0, ownerTriggerLeft: OWNER },
    });
    expect(storedSchedule(rt)).toBeNull();
    // Not deletable by another user; it finds no schedule of its owner and removes itself.
    expect(reportTriggers(rt, OWNER)).toHaveLength(1);
  });

  it('the menu asks first; No changes nothing, Yes stops and says what it did', () => {
    const rt = scheduleRuntime();
    call(rt, 'scheduleSave', [weekly()], OWNER);
    rt.ui.respondWith('NO');
    expect(rt.run('stopReport', [], { user: OWNER }).ok).toBe(true);
    expect(rt.ui.alerts.at(-2)?.prompt).toBe(
      'Stop the report that owner@example.com runs every Monday at 08:00 (Asia/Shanghai)? Its 2 recipients will get no more digests until someone schedules it again.',
    );
    expect(rt.ui.alerts.at(-1)?.prompt).toBe('The report was not stopped.');
    expect(reportTriggers(rt)).toHaveLength(1);
    expect(storedSchedule(rt)).not.toBeNull();

    rt.ui.respondWith('YES');
    expect(rt.run('stopReport', [], { user: OWNER }).ok).toBe(true);
    expect(rt.ui.alerts.at(-1)?.prompt).toBe('The report is stopped and its schedule cleared.');
    expect(reportTriggers(rt)).toHaveLength(0);
    expect(storedSchedule(rt)).toBeNull();

    expect(rt.run('stopReport', [], { user: OWNER }).ok).toBe(true);
    expect(rt.ui.alerts.at(-1)?.prompt).toMatch(/No report is scheduled/);
  });

  it('the menu in Chinese, by another editor, and refused to a viewer', () => {
    const rt = scheduleRuntime();
    call(rt, 'scheduleSave', [weekly()], OWNER);
    rt.ui.respondWith('YES');
    rt.run('stopReport', [], { user: EDITOR_ZH });
    expect(rt.ui.alerts.at(-2)?.prompt).toMatch(
      /^停止由 owner@example.com 运行的报告（每星期一 08:00（Asia\/Shanghai））/,
    );
    expect(rt.ui.alerts.at(-1)?.prompt).toMatch(/报告已停止[\s\S]*owner@example.com 的触发器/);
    call(rt, 'scheduleSave', [weekly()], OWNER);
    rt.run('stopReport', [], { user: VIEWER });
    expect(rt.ui.alerts.at(-1)?.prompt).toMatch(/Only people who can edit/);
    expect(storedSchedule(rt)).not.toBeNull();
  });
});

describe('menu and dialog', () => {
  it('onOpen lists Schedule report… and Stop report (after Send report now), in English and Chinese', () => {
    // Each user sees their own Extensions › Customer Pyramid: one runtime per user.
    const labels = [undefined, EDITOR_ZH].map((user) => {
      const rt = scheduleRuntime();
      rt.run('onOpen', [], { ...(user ? { user } : {}), authMode: 'LIMITED', event: {} });
      return rt.ui.menus[0]!.items.flatMap((i) =>
        i.kind === 'item' ? [`${i.label}→${i.functionName}`] : [],
      );
    });
    const en = labels[0]!;
    const at = en.indexOf('Schedule report…→openScheduleDialog');
    expect(en[at + 1]).toBe('Stop report→stopReport');
    // The job's Send report now (once it has landed) comes before them.
    const send = en.indexOf('Send report now→sendReportNow');
    if (send >= 0) expect(send).toBe(at - 1);
    expect(labels[1]).toEqual(
      expect.arrayContaining(['定时报告…→openScheduleDialog', '停止报告→stopReport']),
    );
  });

  it('Schedule report… opens the built dialog as a modal dialog', () => {
    const rt = scheduleRuntime();
    expect(rt.run('openScheduleDialog', [], { user: OWNER }).ok).toBe(true);
    expect(rt.ui.dialogs).toHaveLength(1);
    expect(rt.ui.dialogs[0]).toMatchObject({
      modal: true,
      title: 'Schedule the tier-change report',
    });
    expect(rt.ui.dialogs[0]!.html).toContain('<div id="app"');
  });

  it('scheduleInit shows the health the job recorded, as JSON (no Date)', () => {
    const rt = scheduleRuntime();
    rt.run('scheduleInit', [], { user: OWNER });
    const health = {
      lastSuccess: '2025-06-09T00:00:03.000Z',
      lastError: { at: '2025-06-10T00:00:02.000Z', message: 'Service invoked too many times' },
    };
    // Written as the job writes it (health-store.ts).
    const seed = rt.properties.document();
    expect(seed).toBeDefined();
    rt.host.state.documentProperties.set('customerPyramid.report.health', JSON.stringify(health));
    const answer = call<State>(rt, 'scheduleInit', [], EDITOR);
    expect(answer).toMatchObject({
      ok: true,
      value: { health, schedule: null, timeZone: 'Asia/Shanghai', locale: 'en', userEmail: EDITOR },
    });
  });
});

describe('each guard is needed (the same tests against a bundle without it)', () => {
  it('without delete-before-create, a second install fails under add-on rules and leaves two triggers in a bound script', () => {
    const bundlePath = scheduleBundleWithout('deleteBeforeCreate');
    const addon = scheduleRuntime({ bundlePath });
    call(addon, 'scheduleSave', [weekly()], OWNER);
    expect(call(addon, 'scheduleSave', [weekly({ hour: 9 })], OWNER)).toMatchObject({
      ok: false,
      code: 'internal',
    });
    const bound = scheduleRuntime({ bundlePath, addon: false });
    call(bound, 'scheduleSave', [weekly()], OWNER);
    call(bound, 'scheduleSave', [weekly({ hour: 9 })], OWNER);
    expect(reportTriggers(bound)).toHaveLength(2);
  });

  it('without the owner check, a second user silently takes the schedule and adds a trigger', () => {
    const rt = scheduleRuntime({ bundlePath: scheduleBundleWithout('ownerCheck') });
    call(rt, 'scheduleSave', [weekly()], OWNER);
    expect(call(rt, 'scheduleSave', [weekly({ hour: 9 })], EDITOR)).toMatchObject({ ok: true });
    expect(reportTriggers(rt)).toHaveLength(2);
  });

  it('without the lock, two editors saving at once both install a trigger', async () => {
    const rt = scheduleRuntime({ bundlePath: scheduleBundleWithout('lock') });
    await rt.runConcurrently(
      [
        { fn: 'scheduleSave', args: [weekly()], opts: { user: OWNER }, browser: true },
        { fn: 'scheduleSave', args: [weekly({ hour: 9 })], opts: { user: EDITOR }, browser: true },
      ],
      'round-robin',
    );
    expect(reportTriggers(rt)).toHaveLength(2);
  });
});

it('the trigger names a top-level function of the bundle', () => {
  const rt = scheduleRuntime();
  expect(rt.bundleSource).toMatch(new RegExp(`\\nfunction ${HANDLER}\\(`));
});
