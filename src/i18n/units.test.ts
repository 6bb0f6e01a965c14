import { describe, expect, it } from 'vitest';
import { translateUnit, unitInCalendar } from './units';

describe('unitInCalendar', () => {
  it('names the price base in Gregorian years when the years are shown in Gregorian', () => {
    expect(unitInCalendar('trillion rials (1390 prices)', 'persian', 'gregorian')).toBe('trillion rials (2011 prices)');
    expect(unitInCalendar('trillion rials at 1400 prices', 'persian', 'gregorian')).toBe('trillion rials at 2021 prices');
    expect(unitInCalendar("index (estates' output in 1400 = 100)", 'persian', 'gregorian')).toBe("index (estates' output in 2021 = 100)");
  });

  it('reads in Persian with Persian digits after the translation (en and fa)', () => {
    const unit = unitInCalendar('trillion rials (1390 prices)', 'persian', 'gregorian');
    expect(translateUnit('en', unit)).toBe('trillion rials (2011 prices)');
    expect(translateUnit('fa', unit)).toBe('هزار میلیارد ریال (به قیمت‌های ۲۰۱۱)');
    expect(unitInCalendar('هزار میلیارد ریال به قیمت‌های ۱۳۹۰', 'persian', 'gregorian')).toBe('هزار میلیارد ریال به قیمت‌های ۲۰۱۱');
  });

  it('converts the other way for a Gregorian file shown in Solar Hijri years', () => {
    expect(unitInCalendar('billion US dollars (2011 prices)', 'gregorian', 'persian')).toBe('billion US dollars (1390 prices)');
  });

  it('leaves a unit alone in its own calendar, and numbers that are not its base year', () => {
    expect(unitInCalendar('trillion rials (1390 prices)', 'persian', 'persian')).toBe('trillion rials (1390 prices)');
    expect(unitInCalendar('thousand persons', 'persian', 'gregorian')).toBe('thousand persons');
    expect(unitInCalendar('1000 rials per unit', 'persian', 'gregorian')).toBe('1000 rials per unit');
  });
});
