import type { FastifyInstance } from 'fastify';
import { ExportRequest } from '../../shared/schemas/security.schema';
import { pickLanguage } from '../../shared/schemas/api-error.schema';
import type { RouteDeps } from './route-deps';

/** POST /api/export (manager): the store's live members as a CSV or .xlsx download (services/export.service). */
export function exportRoutes(app: FastifyInstance, { auth, services }: RouteDeps): void {
  app.post('/api/export', async (req, reply) => {
    const device = await auth.device(req);
    const manager = await auth.staff(req, device, 'manager');
    const request = ExportRequest.parse(req.body);
    const language = pickLanguage(req.headers['accept-language']);
    const { filename, contentType, body } = await services.export.membersFile(
      device,
      manager,
      request,
      language,
    );
    return reply
      .type(contentType)
      .header('content-disposition', `attachment; filename="${filename}"`)
      .send(body);
  });
}
