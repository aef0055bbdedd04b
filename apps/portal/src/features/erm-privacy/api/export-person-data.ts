import { throwIfProblem } from '@kring/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { attachmentFileName, saveFile } from './save-file';

/** Downloads everything Kring holds about the person as JSON (the server audits it). */
export async function exportPersonData(personId: string): Promise<string> {
  const result = await api.GET('/api/people/{id}/export', { params: { path: { id: personId } }, parseAs: 'blob' });
  throwIfProblem(result);
  const fileName = attachmentFileName(result.response, `kring-export-${personId}.json`);
  saveFile(result.data as Blob, fileName);
  return fileName;
}

export function useExportPersonData() {
  return useMutation({ mutationFn: exportPersonData });
}

/** Downloads everything Kring holds about the signed-in user themselves (GDPR art. 15 and 20). */
export async function exportOwnData(): Promise<string> {
  const result = await api.GET('/api/me/export', { parseAs: 'blob' });
  throwIfProblem(result);
  const fileName = attachmentFileName(result.response, 'kring-my-data.json');
  saveFile(result.data as Blob, fileName);
  return fileName;
}

export function useExportOwnData() {
  return useMutation({ mutationFn: exportOwnData });
}
