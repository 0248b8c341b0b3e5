import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { noteText, plainText } from './text.schema';

const issueOf = (schema: z.ZodType, value: unknown) => {
  const r = z.object({ field: schema }).safeParse({ field: value });
  return r.success ? null : { message: r.error.issues[0]?.message, path: r.error.issues[0]?.path };
};

describe('typed text', () => {
  test('is trimmed and kept when clean', () => {
    expect(plainText(10).parse('  李娜 ')).toBe('李娜');
    expect(noteText(50).parse('喜欢莫兰迪色\n不喜欢亮片')).toBe('喜欢莫兰迪色\n不喜欢亮片');
  });

  test.each([
    ['a bell', '李\u0007娜', 'control-characters'],
    ['a line break in a name', '李\n娜', 'control-characters'],
    ['markup', '<b>李娜</b>', 'markup'],
    ['a formula start', '=HYPERLINK("x")', 'formula'],
    ['a formula after spaces', '  +86', 'formula'],
    ['too many characters', '李'.repeat(21), 'too-long'],
  ])('names the rule %s breaks, at the field', (_, value, message) => {
    expect(issueOf(plainText(20), value)).toEqual({ message, path: ['field'] });
  });

  test('notes may span lines but carry no other control character', () => {
    expect(issueOf(noteText(50), '第一行\n第二行')).toBeNull();
    expect(issueOf(noteText(50), '第一行\u0000')).toEqual({ message: 'control-characters', path: ['field'] });
    expect(issueOf(noteText(50), '-5折')).toEqual({ message: 'formula', path: ['field'] });
  });
});
