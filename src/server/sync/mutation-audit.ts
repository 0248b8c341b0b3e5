import type { AuditRecord } from '../repositories/audit.repository';
import { auditLine, type AuditActor } from '../audit/audit-line';
import type { Effect } from './apply-mutation';
import type { MutationOfType } from './server-type';

/**
 * The audit lines for one applied mutation (decision 0008): edits, consents, deletions,
 * erasures and points adjustments. Field names and consent flags only, never a value: the log outlives an erasure.
 */
export function auditOfMutation(
  device: { storeId: string; deviceId: string },
  m: MutationOfType<'member' | 'event'>,
  effect: Effect | undefined,
  now: number,
): AuditRecord[] {
  const actor: AuditActor = { ...device, staffId: m.staffId };
  // Who gave which member how many points; the reason stays in the event, which an erasure
  // removes, while the log outlives it.
  if (m.kind === 'event.record' && m.payload.kind === 'points')
    return [
      auditLine(actor, 'points.adjust', now, {
        memberId: m.payload.memberId,
        detail: { delta: m.payload.payload.delta },
      }),
    ];
  if (!effect) return [];
  const memberId = effect.memberId;
  switch (effect.kind) {
    case 'created':
      return [auditLine(actor, 'consent.change', now, { memberId, detail: consentDetail(effect.consent) })];
    case 'edited': {
      const lines = [
        auditLine(actor, 'member.edit', now, { memberId, detail: { fields: effect.fields.join(',') } }),
      ];
      if (effect.consent)
        lines.push(
          auditLine(actor, 'consent.change', now, { memberId, detail: consentDetail(effect.consent) }),
        );
      return lines;
    }
    case 'removed':
      return [
        auditLine(actor, effect.why === 'erased' ? 'member.erase' : 'member.delete', now, { memberId }),
      ];
  }
}

function consentDetail(c: { record: boolean; marketing: boolean; noticeVersion: string }) {
  return { record: c.record, marketing: c.marketing, notice: c.noticeVersion };
}
