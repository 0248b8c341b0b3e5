import ClientsPage from './clients-page';
import BirthdayBoardPage from '../birthdays/birthday-board-page';
import BirthdaysNow from '../birthdays/birthdays-now';
import DriftingPage from '../drifting/drifting-page';

export type KeepPage = 'clients' | 'birthdays' | 'drifting';

/**
 * The screens that keep VIPs coming, loaded as ONE lazy chunk: they share the roster, the
 * birthday maths and their words, and every chunk the first screen may load is named in its
 * code, so three chunks (with their shared pieces) would cost the first screen's budget more
 * than one (decision 0003).
 */
export default function KeepPages({ page }: { page: KeepPage }) {
  if (page === 'clients') return <ClientsPage />;
  if (page === 'birthdays') return <BirthdayBoardPage />;
  return <DriftingPage />;
}

/** The home screen's birthdays, from the same chunk, loaded after the first screen paints. */
export { BirthdaysNow };
