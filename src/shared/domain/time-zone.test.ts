import { describe, expect, test } from 'vitest';
import { localDayIn, timeZoneOffsetMinutes } from './time-zone';

describe('the time zone of a store', () => {
  test('gives its offset east of UTC at an instant, daylight saving included', () => {
    expect(timeZoneOffsetMinutes('Asia/Shanghai', Date.UTC(2026, 6, 24, 23, 30))).toBe(480);
    expect(timeZoneOffsetMinutes('Asia/Kolkata', Date.UTC(2026, 0, 1))).toBe(330);
    expect(timeZoneOffsetMinutes('America/New_York', Date.UTC(2026, 0, 15, 12))).toBe(-300);
    expect(timeZoneOffsetMinutes('America/New_York', Date.UTC(2026, 6, 15, 12))).toBe(-240);
  });

  test('says which local day an instant falls on, whatever the device’s own zone', () => {
    // 23:30 UTC on 24 July is 07:30 on 25 July in Shanghai.
    expect(localDayIn('Asia/Shanghai', Date.UTC(2026, 6, 24, 23, 30))).toEqual({
      year: 2026,
      month: 7,
      day: 25,
    });
    expect(localDayIn('Asia/Urumqi', Date.UTC(2026, 6, 24, 18, 30))).toEqual({
      year: 2026,
      month: 7,
      day: 25,
    });
    expect(localDayIn('America/New_York', Date.UTC(2026, 6, 25, 3, 59))).toEqual({
      year: 2026,
      month: 7,
      day: 24,
    });
  });
});
