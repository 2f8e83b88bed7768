/** The schedule form's rules, shared by the dialog and the server. */
import { describe, expect, it } from 'vitest';
import {
  checkScheduleInput,
  describeSchedule,
  splitRecipients,
} from '../../../src/core/forms/schedule-form';

describe('schedule form rules', () => {
  it('splits recipients on lines, commas and semicolons; lower case, once each', () => {
    expect(splitRecipients(' A@x.com\n\nb@x.com, a@x.com ;c@x.com\r\n')).toEqual([
      'a@x.com',
      'b@x.com',
      'c@x.com',
    ]);
    expect(splitRecipients(['a@x.com, B@x.com', 'b@x.com'])).toEqual(['a@x.com', 'b@x.com']);
  });

  it('accepts numbers typed as text and fills the day a frequency does not use', () => {
    const check = checkScheduleInput(
      { frequency: 'daily', hour: '7', recipients: 'a@x.com', language: 'zh' },
      'en',
    );
    expect(check).toEqual({
      ok: true,
      value: {
        frequency: 'daily',
        weekday: 'MONDAY',
        monthDay: 1,
        hour: 7,
        recipients: ['a@x.com'],
        language: 'zh',
        takeOver: false,
      },
    });
  });

  it('reports every problem against its field, in the caller’s language', () => {
    const check = checkScheduleInput(
      { frequency: 'weekly', weekday: 'X', hour: -1, recipients: '', language: 'en' },
      'zh',
    );
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(Object.keys(check.fields).sort()).toEqual(['hour', 'recipients', 'weekday']);
      expect(check.message).toBe('请更正标出的字段。');
      expect(check.fields.hour).toBe('请选择 0 至 23 之间的整点。');
    }
  });

  it('describes when a schedule runs', () => {
    const weekly = { frequency: 'weekly', weekday: 'MONDAY', monthDay: 1, hour: 8 } as const;
    expect(describeSchedule(weekly, 'Asia/Shanghai', 'en')).toBe(
      'every Monday at 08:00 (Asia/Shanghai)',
    );
    expect(describeSchedule({ ...weekly, frequency: 'monthly', monthDay: 15 }, 'UTC', 'zh')).toBe(
      '每月 15 日 08:00（UTC）',
    );
  });
});
