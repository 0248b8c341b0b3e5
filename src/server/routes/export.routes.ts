import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ExportRequest } from '../../shared/schemas/security.schema';
import { pickLanguage } from '../../shared/schemas/api-error.schema';
import { answers, SECURITY } from '../http/openapi';
import { staffGuard } from './guards';
import type { RouteDeps } from './route-deps';

const MembersCsv = {
  description: 'The live members as CSV (UTF-8 with BOM), headed in the caller’s language',
  content: { 'text/csv': { schema: z.string() } },
};

/** POST /api/export (manager): the store's live members as a CSV download (services/export.service). */
export function exportRoutes(app: FastifyInstance, { auth, services }: RouteDeps): void {
  const manager = staffGuard(auth, 'manager');
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/export',
    {
      schema: {
        summary: 'Export the store’s members with a stated reason, which is audited (manager)',
        tags: ['export'],
        security: SECURITY.staff,
        body: ExportRequest,
        response: answers({ 200: MembersCsv }),
      },
      preValidation: manager.preValidation,
    },
    async (req, reply) => {
      const { device, staff } = manager.of(req);
      const language = pickLanguage(req.headers['accept-language']);
      const { filename, csv } = await services.export.membersCsv(device, staff, req.body.reason, language);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(csv);
    },
  );
}
