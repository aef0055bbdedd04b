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
