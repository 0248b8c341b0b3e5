import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import {
  ImportRefusalQuery,
  ImportSettings,
  ImportStart,
  ImportUploadQuery,
  type ImportJob,
  type ImportPreview,
  type ImportRefusalPage,
  type ImportUpload,
} from '../../shared/schemas/import.schema';
import { ApiError } from '../http/api-error';
import { idParam } from '../http/request-parts';
import type { RouteDeps } from './route-deps';

/** The import API (decision 0017, shared/schemas/import.schema.ts): a manager's, online. */
export function importRoutes(app: FastifyInstance, { auth, services }: RouteDeps): void {
  async function manager(req: FastifyRequest) {
    const device = await auth.device(req);
    const staff = await auth.staff(req, device, 'manager');
    return { storeId: device.storeId, deviceId: device.deviceId, staffId: staff.staffId };
  }

  void app.register((scope, _opts, done) => {
    // The file arrives as it is, streamed to disk: no JSON, and no body limit but the import's own.
    scope.addContentTypeParser('application/octet-stream', (_req, payload, next) => next(null, payload));
    scope.post('/api/imports', async (req, reply): Promise<ImportUpload> => {
      const actor = await manager(req);
      const query = ImportUploadQuery.safeParse(req.query);
      if (!query.success) throw new ApiError(422, 'invalid-field', 'name');
      if (req.headers['content-type'] !== 'application/octet-stream') throw new ApiError(415, 'invalid-body');
      const upload = await services.imports.upload(actor, query.data.name, req.body as Readable);
      return reply.status(201).send(upload);
    });
    done();
  });

  app.post('/api/imports/:id/preview', async (req): Promise<ImportPreview> => {
    const actor = await manager(req);
    const id = idParam(req);
    return services.imports.preview(actor, id, ImportSettings.parse(req.body));
  });

  app.post('/api/imports/:id/start', async (req, reply): Promise<ImportJob> => {
    const actor = await manager(req);
    const id = idParam(req);
    const job = await services.imports.start(actor, id, ImportStart.parse(req.body));
    return reply.status(202).send(job);
  });

  app.get('/api/imports/:id', async (req): Promise<ImportJob> => {
    const actor = await manager(req);
    return services.imports.job(actor, idParam(req));
  });

  app.get('/api/imports/:id/refusals', async (req): Promise<ImportRefusalPage> => {
    const actor = await manager(req);
    const id = idParam(req);
    const { after, limit } = ImportRefusalQuery.parse(req.query);
    return services.imports.refusals(actor, id, after, limit);
  });
}
