import {
  ImportJob,
  ImportPreview,
  ImportRefusalPage,
  ImportUpload,
  type ImportSettings,
  type ImportStart,
} from '../../shared/schemas/import.schema';
import { callApi, type StaffAuth } from './api-client';

/*
 * Manager: importing a spreadsheet of members (decision 0017). Upload, preview with a mapping and
 * a choice for duplicates, start (a dry run or the real thing), then poll the job.
 */

/** Sends the file's bytes as they are; the server finds its kind, encoding and header row. */
export const uploadImport = (auth: StaffAuth, file: Blob, fileName: string) =>
  callApi(
    {
      method: 'POST',
      path: `/api/imports?${new URLSearchParams({ name: fileName }).toString()}`,
      body: file,
      ...auth,
    },
    ImportUpload,
  );

export const previewImport = (auth: StaffAuth, importId: string, settings: ImportSettings) =>
  callApi(
    { method: 'POST', path: `/api/imports/${importId}/preview`, body: settings, ...auth },
    ImportPreview,
  );

export const startImport = (auth: StaffAuth, importId: string, start: ImportStart) =>
  callApi({ method: 'POST', path: `/api/imports/${importId}/start`, body: start, ...auth }, ImportJob);

export const fetchImportJob = (auth: StaffAuth, importId: string) =>
  callApi({ method: 'GET', path: `/api/imports/${importId}`, ...auth }, ImportJob);

/** The refusals after line `after`, a page at a time, beyond the first ones the job carries. */
export const fetchImportRefusals = (auth: StaffAuth, importId: string, after: number) =>
  callApi(
    { method: 'GET', path: `/api/imports/${importId}/refusals?after=${after}`, ...auth },
    ImportRefusalPage,
  );
