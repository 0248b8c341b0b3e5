import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import type { StoreId } from './ids.schema';
import { HolidaySchema, StoreSettingsFields, StoreSettingsRecord } from './store-settings.schema';
import { invalidReason } from './invalid-reason';
import {
  applySettingsEdit,
  DEFAULT_STORE_SETTINGS,
  defaultSettingsRecord,
  type StoreSettingsRecord as Record_,
} from '../domain/store-settings';
import { DEFAULT_PROGRAMME_RULES } from '../domain/programme/rules';
import { taskConfigOf } from '../domain/tasks/store-task-config';
import { settingsForProtocol } from '../sync/types/settings.sync';

const STORE = '0b6a5c1e-3f2d-4c8b-9a7e-5d4c3b2a1f00' as StoreId;
const hlc = (ms: number) => `${String(ms).padStart(15, '0')}:00000:tablet-a`;
const anniversary = {
  id: 'own-anniv',
  name: { zh: '店庆', en: 'Store anniversary' },
  calendar: 'solar',
  month: 6,
  day: 18,
} as const;

const reasonAt = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success
    ? null
    : { path: result.error.issues[0]?.path, reason: invalidReason(result.error.issues[0]) };
};

describe('a holiday of the store’s own', () => {
  test('a day its month does not have is refused at the day', () => {
    expect(reasonAt(HolidaySchema, { ...anniversary, month: 2, day: 30 })).toEqual({
      path: ['day'],
      reason: 'date',
    });
    expect(reasonAt(HolidaySchema, { ...anniversary, month: 4, day: 31 })).toEqual({
      path: ['day'],
      reason: 'date',
    });
    expect(reasonAt(HolidaySchema, { ...anniversary, calendar: 'lunar', day: 31 })).toEqual({
      path: ['day'],
      reason: 'date',
    });
  });

  test('29 February and a lunar 30th are days a holiday may fall on', () => {
    expect(reasonAt(HolidaySchema, { ...anniversary, month: 2, day: 29 })).toBeNull();
    expect(reasonAt(HolidaySchema, { ...anniversary, calendar: 'lunar', month: 12, day: 30 })).toBeNull();
  });

  test('its id goes into task ids, its name is plain text', () => {
    expect(reasonAt(HolidaySchema, { ...anniversary, id: 'Own Anniv' })?.path).toEqual(['id']);
    expect(reasonAt(HolidaySchema, { ...anniversary, name: { zh: '', en: 'x' } })).toEqual({
      path: ['name', 'zh'],
      reason: 'required',
    });
    expect(reasonAt(HolidaySchema, { ...anniversary, name: { zh: '<b>店庆</b>', en: 'x' } })?.reason).toBe(
      'markup',
    );
  });

  test('the store’s own may not take a default holiday’s id, nor one twice', () => {
    const holidays = (own: unknown[]) => ({ holidays: { off: [], own } });
    const edit = StoreSettingsFields.partial();
    expect(edit.safeParse(holidays([anniversary])).success).toBe(true);
    expect(edit.safeParse(holidays([{ ...anniversary, id: 'qixi' }])).success).toBe(false);
    expect(edit.safeParse(holidays([anniversary, anniversary])).success).toBe(false);
  });

  test('the weekly contact cap and greeting days are held to their bounds', () => {
    const timing = { ...DEFAULT_STORE_SETTINGS.taskTiming };
    const edit = StoreSettingsFields.partial();
    expect(edit.safeParse({ taskTiming: timing }).success).toBe(true);
    expect(reasonAt(edit, { taskTiming: { ...timing, weeklyContactCap: 0 } })?.reason).toBe('out-of-range');
    expect(reasonAt(edit, { taskTiming: { ...timing, holidayDaysAhead: 31 } })?.reason).toBe('out-of-range');
  });
});

describe('settings records from before the task settings', () => {
  const old = {
    storeId: STORE,
    fields: { rules: DEFAULT_PROGRAMME_RULES, timeZone: 'Asia/Tokyo' },
    clocks: { timeZone: hlc(1) },
  };

  test('a stored or pulled record without them reads as the defaults', () => {
    expect(StoreSettingsRecord.parse(old).fields).toEqual({
      ...DEFAULT_STORE_SETTINGS,
      timeZone: 'Asia/Tokyo',
    });
  });

  test('an edit from an older tablet leaves them out, and gains no default that would overwrite them', () => {
    const edit = StoreSettingsFields.partial().parse({ timeZone: 'Asia/Tokyo' });
    expect(edit).toEqual({ timeZone: 'Asia/Tokyo' });
  });

  test('a tablet of protocol 4 is sent the record without them, values and clocks', () => {
    const record = applySettingsEdit(
      defaultSettingsRecord(STORE),
      { holidays: { off: ['qixi'], own: [anniversary] }, timeZone: 'Asia/Tokyo' },
      hlc(5),
    );
    const forOld = settingsForProtocol(record, 4);
    expect(Object.keys(forOld.fields).sort()).toEqual(['rules', 'timeZone']);
    expect(forOld.clocks).toEqual({ timeZone: hlc(5) });
    expect(settingsForProtocol(record, 5)).toEqual(record);
  });
});

describe('merging task settings edits', () => {
  const base = defaultSettingsRecord(STORE);
  const holidays = { off: [], own: [anniversary] };
  const timing = { ...DEFAULT_STORE_SETTINGS.taskTiming, weeklyContactCap: 1 };

  test('a holiday added on one tablet and the cap changed on another both stand, in either order', () => {
    const a = (r: Record_) => applySettingsEdit(r, { holidays }, hlc(10));
    const b = (r: Record_) => applySettingsEdit(r, { taskTiming: timing }, hlc(11));
    expect(a(b(base))).toEqual(b(a(base)));
    expect(a(b(base)).fields).toMatchObject({ holidays, taskTiming: timing });
  });

  test('two edits of the holiday list: the later clock wins whichever comes first', () => {
    const later = { off: ['qixi'], own: [] };
    const first = applySettingsEdit(
      applySettingsEdit(base, { holidays: later }, hlc(20)),
      { holidays },
      hlc(10),
    );
    expect(first.fields.holidays).toEqual(later);
  });
});

describe('the task engine’s configuration from the settings', () => {
  test('the defaults switched off are left out, the store’s own added, the timing taken', () => {
    const config = taskConfigOf({
      holidays: { off: ['qixi', 'womens-day'], own: [anniversary] },
      taskTiming: { holidayDaysAhead: 5, birthdayDaysAhead: 1, weeklyContactCap: 3 },
    });
    expect(config.holidays.map((h) => h.id)).toEqual(['spring-festival', 'mid-autumn', 'own-anniv']);
    expect(config).toMatchObject({ holidayDaysAhead: 5, birthdayDaysAhead: 1, weeklyContactCap: 3 });
  });
});
