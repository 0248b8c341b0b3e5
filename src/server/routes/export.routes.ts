import type { FastifyInstance } from 'fastify';
import { ExportRequest } from '../../shared/schemas/security.schema';
import { pickLanguage } from '../../shared/schemas/api-error.schema';
import type { RouteDeps } from './route-deps';

/**
 * POST /api/export (manager): the store's live members, or its cards about to lapse, as a CSV
 * download (services/export.service).
 */
export function exportRoutes(app: FastifyInstance, { auth, services }: RouteDeps): void {
  app.post('/api/export', async (req, reply) => {
    const device = await auth.device(req);
    const manager = await auth.staff(req, device, 'manager');
    const { reason, selection = 'members' } = ExportRequest.parse(req.body);
    const language = pickLanguage(req.headers['accept-language']);
    const { filename, csv } = await services.export.membersCsv(device, manager, reason, language, selection);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${filename}"`)
      .send(csv);
  });
}
