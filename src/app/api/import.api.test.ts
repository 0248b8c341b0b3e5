import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeApi, json, refused } from '../../../tests/fixtures/admin-fixtures';
import { uploadImport } from './import.api';

const AUTH = { token: 'device-token', session: 'session-token', language: 'zh-CN' };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('uploadImport', () => {
  test("sends the file's own bytes, its name in the query, and reads the server's answer", async () => {
    const calls = fakeApi(() => json({ importId: 'not-a-uuid' }, 201));
    const file = new File(['姓名,手机\n'], '会员 名单.csv');
    const r = await uploadImport(AUTH, file, file.name);
    expect(calls[0]).toMatchObject({
      method: 'POST',
      path: '/api/imports?name=%E4%BC%9A%E5%91%98+%E5%90%8D%E5%8D%95.csv',
    });
    expect(calls[0]?.headers['content-type']).toBe('application/octet-stream');
    expect(calls[0]?.headers['x-floorbook-session']).toBe('session-token');
    const [, init] = vi.mocked(fetch).mock.calls[0] ?? [];
    expect(init?.body).toBe(file);
    // An answer this app cannot read is a refusal, never a half-read upload.
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-body' } });
  });

  test("a refusal keeps the server's sentence", async () => {
    fakeApi(() => refused(413, 'import-too-large', '文件太大。'));
    expect(await uploadImport(AUTH, new File(['x'], 'a.csv'), 'a.csv')).toMatchObject({
      ok: false,
      status: 413,
      error: { message: '文件太大。' },
    });
  });
});
