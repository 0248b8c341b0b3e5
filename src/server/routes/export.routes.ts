import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ExportRequest } from '../../shared/schemas/security.schema';
import { pickLanguage } from '../../shared/schemas/api-error.schema';
import { answers, SECURITY } from '../http/openapi';
import { staffGuard } from './guards';
import type { RouteDeps } from './route-deps';

// The CSV is text and the workbook bytes; Fastify sends either as it is, past the serializer.
const FileBody = z.custom<string | Buffer>((v) => typeof v === 'string' || Buffer.isBuffer(v));

const MembersFile = {
  description: 'The live members as CSV (UTF-8 with BOM) or .xlsx, headed in the caller’s language',
  content: {
    'text/csv': { schema: FileBody },
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: FileBody },
  },
};

/**
 * POST /api/export (manager): the store's live members, or its cards about to lapse, as a CSV or
 * .xlsx download (services/export.service).
 */
export function exportRoutes(app: FastifyInstance, { auth, services }: RouteDeps): void {
  const manager = staffGuard(auth, 'manager');
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/export',
    {
      schema: {
        summary:
          'Export the store’s members, or its cards about to lapse, with a stated reason, which is audited (manager)',
        tags: ['export'],
        security: SECURITY.staff,
        body: ExportRequest,
        response: answers({ 200: MembersFile }),
      },
      preValidation: manager.preValidation,
    },
    async (req, reply) => {
      const { device, staff } = manager.of(req);
      const language = pickLanguage(req.headers['accept-language']);
      const { filename, contentType, body } = await services.export.membersFile(
        device,
        staff,
        req.body,
        language,
      );
      return reply
        .type(contentType)
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(body);
    },
  );
}
