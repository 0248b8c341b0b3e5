import { create } from 'zustand';
import type { Enrolment } from '../../shared/schemas/setup.schema';
import type { UiLanguage } from '../i18n/i18n';
import { readPersisted, writePersisted } from './persisted';

interface SessionState {
  language: UiLanguage;
  enrolment: Enrolment | null;
  enrolled: (e: Enrolment) => void;
  languageChosen: (l: UiLanguage) => void;
  unenrolled: () => void;
}

/** UI and session state only; the roster lives in the local database. */
export const useSession = create<SessionState>()((set, get) => {
  const initial = readPersisted(localStorage);
  const persist = () =>
    writePersisted(localStorage, { language: get().language, enrolment: get().enrolment });
  return {
    language: initial.language,
    enrolment: initial.enrolment,
    enrolled: (enrolment) => {
      set({ enrolment });
      persist();
    },
    languageChosen: (language) => {
      set({ language });
      persist();
    },
    unenrolled: () => {
      set({ enrolment: null });
      persist();
    },
  };
});
