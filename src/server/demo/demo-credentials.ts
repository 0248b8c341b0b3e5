import { DEMO_STAFF } from './demo-people';
import { DEMO_STORE } from './demo-store';

const ROLE_WORD = { owner: 'owner', manager: 'manager', associate: 'associate' } as const;

/**
 * What `npm run demo` prints once it has made its store: every name that signs in, the password
 * and each PIN. They are published in the README, so the last line says what that means.
 */
export function demoCredentials(): string[] {
  const staff = [{ name: DEMO_STORE.owner, role: 'owner' as const, pin: DEMO_STORE.ownerPin }, ...DEMO_STAFF];
  const byPassword = staff.filter((s) => s.role !== 'associate');
  return [
    `Enrol a tablet on the set-up screen as ${byPassword.map((s) => `${s.name} (${ROLE_WORD[s.role]})`).join(' or ')}, password ${DEMO_STORE.password}.`,
    `Staff PINs: ${staff.map((s) => `${s.name} ${s.pin} (${ROLE_WORD[s.role]})`).join(', ')}.`,
    'These are published in the README: keep this database for trying Floorbook, never for a real store.',
  ];
}
