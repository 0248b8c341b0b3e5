import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditPage, AuditQuery, AuditUpload } from '../../shared/schemas/security.schema';
import { answers, SECURITY } from '../http/openapi';
import { deviceGuard, staffGuard } from './guards';
import type { RouteDeps } from './route-deps';

const Stored = z.strictObject({ stored: z.int() }).describe('How many of the lines were new');

/** The append-only audit log: tablets upload what they saw, managers read it (services/audit.service). */
export function auditRoutes(app: FastifyInstance, { auth, services }: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tablet = deviceGuard(auth);
  const manager = staffGuard(auth, 'manager');

  api.post(
    '/api/audit',
    {
      schema: {
        summary: 'Upload the views, reveals and PIN failures a tablet recorded',
        tags: ['audit'],
        security: SECURITY.device,
        body: AuditUpload,
        response: answers({ 200: Stored }),
      },
      preValidation: tablet.preValidation,
    },
    async (req) => ({ stored: await services.audit.upload(tablet.of(req), req.body.entries) }),
  );

  api.get(
    '/api/audit',
    {
      schema: {
        summary: 'The store’s audit log, newest first (manager)',
        tags: ['audit'],
        security: SECURITY.staff,
        querystring: AuditQuery,
        response: answers({ 200: AuditPage.describe('A page of lines; `before` asks for the next') }),
      },
      preValidation: manager.preValidation,
    },
    async (req) => services.audit.page(manager.of(req).device, req.query.before, req.query.limit),
  );
}
