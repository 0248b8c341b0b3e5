import type { FastifyInstance } from 'fastify';
import { AuditQuery, AuditUpload, type AuditPage } from '../../shared/schemas/security.schema';
import type { RouteDeps } from './route-deps';

/** The append-only audit log: tablets upload what they saw, managers read it (services/audit.service). */
export function auditRoutes(app: FastifyInstance, { auth, services }: RouteDeps): void {
  app.post('/api/audit', async (req): Promise<{ stored: number }> => {
    const device = await auth.device(req);
    const { entries } = AuditUpload.parse(req.body);
    return { stored: await services.audit.upload(device, entries) };
  });

  app.get('/api/audit', async (req): Promise<AuditPage> => {
    const device = await auth.device(req);
    await auth.staff(req, device, 'manager');
    const query = AuditQuery.parse(req.query);
    return services.audit.page(device, query.before, query.limit);
  });
}
