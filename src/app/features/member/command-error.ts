import type { TFunction } from 'i18next';
import type { CommandError } from '../../commands/command-runner';

/** What a refused or failed command tells staff; the refusals (locked, read-only, a role too low) say what to do next. */
export function commandErrorText(t: TFunction, error: CommandError): string {
  switch (error.code) {
    case 'locked':
      return t('access.refused.locked');
    case 'read-only':
      return t('access.refused.readOnly');
    case 'forbidden':
      return t(error.least === 'owner' ? 'access.refused.needsOwner' : 'access.refused.needsManager');
    case 'invalid':
      return t('member.signUp.failed', { message: t(`member.invalid.${error.message}`) });
    case 'storage':
      return t('member.signUp.failed', { message: error.message });
    default:
      return t('member.signUp.failed', { message: error.code });
  }
}
