import { describe, expect, test } from 'vitest';
import { formOfAddress, surnameOf } from './address';
import { DEFAULT_TEMPLATES, fillTemplate, templateFor, TEMPLATE_LANGUAGES } from './templates';

const VALUES = {
  address: '张女士',
  store: '静安嘉里中心店',
  associate: '李娜',
  items: '连衣裙',
  occasion: '中秋节',
  date: '6月1日',
};

describe('fillTemplate', () => {
  test('fills every placeholder and leaves an unknown one as written', () => {
    expect(fillTemplate('{address}，{occasion}快乐！{oops} ——{store} {associate}', VALUES)).toBe(
      '张女士，中秋节快乐！{oops} ——静安嘉里中心店 李娜',
    );
  });

  test('the default follow-up names what she bought', () => {
    expect(fillTemplate(DEFAULT_TEMPLATES['follow-up'].zh, VALUES)).toContain('连衣裙');
  });
});

describe('DEFAULT_TEMPLATES', () => {
  test('every template is signed with the store and the associate', () => {
    for (const kind of Object.values(DEFAULT_TEMPLATES))
      for (const language of TEMPLATE_LANGUAGES) {
        expect(kind[language]).toContain('{associate}');
        expect(kind[language]).toContain('{store}');
      }
  });

  test('greetings never mention a promotion or new arrivals', () => {
    const greetings = [DEFAULT_TEMPLATES.birthday, DEFAULT_TEMPLATES.holiday, DEFAULT_TEMPLATES.season];
    for (const t of greetings) {
      expect(t.zh).not.toMatch(/折|促销|优惠|新品|新款|活动|券/);
      expect(t.en).not.toMatch(/sale|discount|offer|new arrival|coupon|promotion/i);
    }
  });
});

describe('templateFor', () => {
  test("a store's edited template replaces the default; a blank one does not", () => {
    const edited = new Map([
      ['birthday/zh', { text: '{address}生日快乐 ——{store}' }],
      ['birthday/en', { text: '  ' }],
    ]);
    expect(templateFor('birthday', 'zh', edited)).toBe('{address}生日快乐 ——{store}');
    expect(templateFor('birthday', 'en', edited)).toBe(DEFAULT_TEMPLATES.birthday.en);
  });
});

describe('formOfAddress', () => {
  test('surname with 女士 or 先生, Ms. or Mr. in English; the full name when gender is not given', () => {
    expect(formOfAddress('张晓梅', 'female', 'zh')).toBe('张女士');
    expect(formOfAddress('王强', 'male', 'en')).toBe('Mr. 王');
    expect(formOfAddress('欧阳娜娜', 'female', 'zh')).toBe('欧阳女士');
    expect(formOfAddress('Anna Li', 'female', 'en')).toBe('Ms. Li');
    expect(formOfAddress('陈静', 'unspecified', 'zh')).toBe('陈静');
  });

  test('the name she asked to be called comes first, as written, in both languages', () => {
    expect(formOfAddress('张晓梅', 'female', 'zh', '张姐')).toBe('张姐');
    expect(formOfAddress('张晓梅', 'female', 'en', 'Vivian')).toBe('Vivian');
    expect(formOfAddress('陈静', 'unspecified', 'zh', ' 静静 ')).toBe('静静');
    // None, or only spaces: surname and 女士 as before.
    expect(formOfAddress('张晓梅', 'female', 'zh', null)).toBe('张女士');
    expect(formOfAddress('张晓梅', 'female', 'zh', '  ')).toBe('张女士');
  });

  test('a one-character compound-looking name is not taken for a surname alone', () => {
    expect(surnameOf('欧阳')).toBe('欧');
  });
});
