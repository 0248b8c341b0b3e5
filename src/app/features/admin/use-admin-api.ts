import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSessionRefusal, type ApiRefusal, type ApiResult, type StaffAuth } from '../../api/api-client';
import { useSession } from '../../state/session.state';
import { useStaffSession } from '../../state/staff-session.state';

/** A call of the manager and owner routes, given the credentials it needs. */
export type AdminCall<T> = (auth: StaffAuth) => Promise<ApiResult<T>>;

/**
 * Runs admin API calls with this tablet's device token and the signed-in staff member's server
 * session. A refusal for the session ends it here, so the session gate asks for her PIN again.
 */
export function useAdminCall(): <T>(call: AdminCall<T>) => Promise<ApiResult<T>> {
  const { i18n } = useTranslation();
  const token = useSession((s) => s.enrolment?.device.token ?? '');
  const session = useStaffSession((s) => s.current?.server?.token ?? '');
  const ended = useStaffSession((s) => s.serverSessionEnded);
  const language = i18n.language;
  return useCallback(
    async <T>(call: AdminCall<T>) => {
      const result = await call({ token, session, language });
      if (!result.ok && isSessionRefusal(result)) ended();
      return result;
    },
    [token, session, language, ended],
  );
}

export type AdminLoad<T> =
  { kind: 'loading' } | { kind: 'failed'; refusal: ApiRefusal } | { kind: 'ready'; value: T };

/**
 * Loads one admin resource when mounted and again on `reload`. `call` must be stable (a module
 * function or a memoised one), or it would load on every render.
 */
export function useAdminLoad<T>(call: AdminCall<T>): { load: AdminLoad<T>; reload: () => void } {
  const run = useAdminCall();
  const [load, setLoad] = useState<AdminLoad<T>>({ kind: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void run(call).then((r) => {
      if (live) setLoad(r.ok ? { kind: 'ready', value: r.value } : { kind: 'failed', refusal: r });
    });
    return () => {
      live = false;
    };
  }, [run, call, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { load, reload };
}
