import { create } from 'zustand';
import type { Enrolment } from '../../shared/schemas/setup.schema';
import type { DeviceEnrolment } from '../../shared/schemas/security.schema';
import type { UiLanguage } from '../i18n/i18n';
import { readPersisted, writePersisted } from './persisted';
import { useStaffSession } from './staff-session.state';

interface SessionState {
  language: UiLanguage;
  /** Which store and device this tablet is; who holds it is `useStaffSession`. */
  enrolment: DeviceEnrolment | null;
  /**
   * Set-up and a password enrolment answer with the staff member who did it and her server
   * session: she is signed in at once. An enrolment by code signs nobody in.
   */
  enrolled: (e: Enrolment | DeviceEnrolment) => void;
  languageChosen: (l: UiLanguage) => void;
  /** The tablet was reset: forget the enrolment, and whoever was signed in. */
  unenrolled: () => void;
  /** The tablet was revoked and its storage cleared: forget the enrolment without writing anything back. */
  wiped: () => void;
}

/** UI and session state only; the roster lives in the local database. */
export const useSession = create<SessionState>()((set, get) => {
  const initial = readPersisted(localStorage);
  const persist = () =>
    writePersisted(localStorage, { language: get().language, enrolment: get().enrolment });
  return {
    language: initial.language,
    enrolment: initial.enrolment,
    enrolled: (e) => {
      // Signed in before the enrolment is set, so the first screen after it is not the lock screen.
      const staff = useStaffSession.getState();
      if ('staff' in e) {
        const { id, name, role } = e.staff;
        // An enrolment without a session (an older server) still signs her in, PIN-checked later.
        const server = (e as Partial<Enrolment>).session ?? null;
        staff.signedIn({ id, name, role }, server && { ...server }, Date.now());
      } else staff.locked();
      set({ enrolment: { store: e.store, device: e.device } });
      persist();
    },
    languageChosen: (language) => {
      set({ language });
      persist();
    },
    unenrolled: () => {
      useStaffSession.getState().locked();
      set({ enrolment: null });
      persist();
    },
    wiped: () => {
      set({ enrolment: null });
    },
  };
});
