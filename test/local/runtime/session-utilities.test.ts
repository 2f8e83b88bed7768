import { describe, expect, it } from 'vitest';
import { runtimeRunning, valueOf } from './support';

describe('Session', () => {
  it("active and effective user are the execution's user; locale, script time zone, temporary key", () => {
    const rt = runtimeRunning(
      `return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getActiveUserLocale(),
               Session.getScriptTimeZone(), Session.getTemporaryActiveUserKey().length > 10];`,
      {
        users: [
          { email: 'ann@example.com', role: 'owner' },
          { email: 'li@example.com', role: 'editor', locale: 'zh_CN' },
        ],
        scriptTimeZone: 'Asia/Shanghai',
      },
    );
    expect(valueOf(rt.run('main', [], { user: 'li@example.com' }))).toEqual([
      'li@example.com',
      'li@example.com',
      'zh_CN',
      'Asia/Shanghai',
      true,
    ]);
  });
});

describe('Utilities', () => {
  const at = 'new Date(Date.UTC(2025, 0, 5, 18, 7, 9, 45))'; // Sunday 2025-01-05 18:07:09.045 UTC

  it('formatDate uses Java SimpleDateFormat letters in the given time zone (two zones)', () => {
    const rt = runtimeRunning(`const d = ${at};
      return [
        Utilities.formatDate(d, 'Etc/UTC', "yyyy-MM-dd'T'HH:mm:ss.SSS Z"),
        Utilities.formatDate(d, 'Asia/Shanghai', 'yyyy-MM-dd HH:mm EEE XXX'),
        Utilities.formatDate(d, 'America/New_York', 'MMM d, yy h:mm a EEEE u'),
        Utilities.formatDate(d, 'America/New_York', "MMMM dd 'o''clock' z"),
      ];`);
    expect(valueOf(rt.run('main'))).toEqual([
      '2025-01-05T18:07:09.045 +0000',
      '2025-01-06 02:07 Mon +08:00',
      'Jan 5, 25 1:07 PM Sunday 7',
      "January 05 o'clock EST",
    ]);
  });

  it('getUuid returns a v4 UUID; sleep advances the simulated clock and new Date() reads it', () => {
    const rt = runtimeRunning(
      `const t0 = Date.now(); Utilities.sleep(1500); return [Utilities.getUuid(), Date.now() - t0, new Date().toISOString()];`,
    );
    const [uuid, slept, iso] = valueOf(rt.run<[string, number, string]>('main'));
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(slept).toBe(1500);
    expect(iso).toBe('2025-03-03T09:00:01.500Z');
  });

  it('base64Encode encodes UTF-8', () => {
    expect(valueOf(runtimeRunning(`return Utilities.base64Encode('客户 A');`).run('main'))).toBe(
      Buffer.from('客户 A').toString('base64'),
    );
  });
});

describe('Logger and console', () => {
  it('Logger.log (with %s) and console.* go to execution.logs; Logger.log is a counted call, console is not', () => {
    const e = runtimeRunning(
      `Logger.log('n=%s', 3); console.log('a', { b: 1 }); console.error('bad');`,
    ).run('main');
    expect(e.logs).toEqual(['n=3', 'a {"b":1}', 'bad']);
    expect(e.count('logger')).toBe(1);
  });
});
