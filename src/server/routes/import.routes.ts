import type { FastifyInstance } from 'fastify';
import type { Readable } from 'node:stream';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ImportJob,
  ImportPreview,
  ImportRefusalPage,
  ImportRefusalQuery,
  ImportSettings,
  ImportStart,
  ImportUpload,
  ImportUploadQuery,
} from '../../shared/schemas/import.schema';
import { ApiError } from '../http/api-error';
import { answers, SECURITY } from '../http/openapi';
import { IdParams } from '../http/request-parts';
import { staffGuard, type StaffCaller } from './guards';
import type { RouteDeps } from './route-deps';

const actorOf = ({ device, staff }: StaffCaller) => ({
  storeId: device.storeId,
  deviceId: device.deviceId,
  staffId: staff.staffId,
});

const FileBytes = z.unknown().describe('The file as it is: CSV (any of the detected encodings) or .xlsx');

/** The import API (decision 0017, shared/schemas/import.schema.ts): a manager's, online. */
export function importRoutes(app: FastifyInstance, { auth, services }: RouteDeps): void {
  const manager = staffGuard(auth, 'manager');
  const common = { tags: ['import'], security: SECURITY.staff };

  void app.register((scope, _opts, done) => {
    // The file arrives as it is, streamed to disk: no JSON, and no body limit but the import's own.
    scope.addContentTypeParser('application/octet-stream', (_req, payload, next) => next(null, payload));
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/imports',
      {
        schema: {
          ...common,
          summary: 'Upload a members file; answers its shape, proposed mapping and first rows (manager)',
          querystring: ImportUploadQuery,
          consumes: ['application/octet-stream'],
          body: FileBytes,
          response: answers({
            201: ImportUpload.describe('The file read: its shape, proposed mapping and first rows'),
          }),
        },
        preValidation: manager.preValidation,
      },
      async (req, reply) => {
        if (req.headers['content-type'] !== 'application/octet-stream')
          throw new ApiError(415, 'invalid-body');
        const actor = actorOf(manager.of(req));
        const upload = await services.imports.upload(actor, req.query.name, req.body as Readable);
        return reply.status(201).send(upload);
      },
    );
    done();
  });

  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/api/imports/:id/preview',
    {
      schema: {
        ...common,
        summary: 'The first rows as the mapping and duplicate choice would store them (manager)',
        params: IdParams,
        body: ImportSettings,
        response: answers({
          200: ImportPreview.describe('The first rows, each with what the import would do'),
        }),
      },
      preValidation: manager.preValidation,
    },
    async (req) => services.imports.preview(actorOf(manager.of(req)), req.params.id, req.body),
  );

  api.post(
    '/api/imports/:id/start',
    {
      schema: {
        ...common,
        summary: 'Start the import, or a dry run that writes nothing (manager)',
        params: IdParams,
        body: ImportStart,
        response: answers({ 202: ImportJob.describe('The job, started') }),
      },
      preValidation: manager.preValidation,
    },
    async (req, reply) => {
      const job = await services.imports.start(actorOf(manager.of(req)), req.params.id, req.body);
      return reply.status(202).send(job);
    },
  );

  api.get(
    '/api/imports/:id',
    {
      schema: {
        ...common,
        summary: 'An import’s progress, counts and first refusals, for polling (manager)',
        params: IdParams,
        response: answers({ 200: ImportJob.describe('The job as it stands') }),
      },
      preValidation: manager.preValidation,
    },
    async (req) => services.imports.job(actorOf(manager.of(req)), req.params.id),
  );

  api.get(
    '/api/imports/:id/refusals',
    {
      schema: {
        ...common,
        summary: 'The refused rows of an import, a page at a time (manager)',
        params: IdParams,
        querystring: ImportRefusalQuery,
        response: answers({ 200: ImportRefusalPage.describe('A page of refused rows') }),
      },
      preValidation: manager.preValidation,
    },
    async (req) => {
      const { after, limit } = req.query;
      return services.imports.refusals(actorOf(manager.of(req)), req.params.id, after, limit);
    },
  );
}
