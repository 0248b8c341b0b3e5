import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { parseMemberQr } from '../../../shared/domain/member-qr';
import type { MemberSearch } from '../../search/member-search';

export type ScanProblem = { kind: 'no-member'; cardNo: string } | { kind: 'not-a-member-code' };

/** Scan a member's QR code and open her profile, or say plainly why not. */
export function useCardScan(findByCard: MemberSearch['findByCard']) {
  const navigate = useNavigate();
  const [scanning, setScanning] = useState(false);
  const [problem, setProblem] = useState<ScanProblem | null>(null);
  const start = useCallback(() => {
    setProblem(null);
    setScanning(true);
  }, []);
  const stop = useCallback(() => setScanning(false), []);
  // Stable, so the scanner's camera is not restarted by a render.
  const scanned = useCallback(
    (text: string) => {
      setScanning(false);
      const cardNo = parseMemberQr(text);
      if (cardNo === null) {
        setProblem({ kind: 'not-a-member-code' });
        return;
      }
      void findByCard(cardNo).then((member) => {
        if (member) void navigate(`/members/${member.id}`);
        else setProblem({ kind: 'no-member', cardNo });
      });
    },
    [findByCard, navigate],
  );
  return { scanning, problem, start, stop, scanned };
}
