import { Injectable, Logger } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { notFound } from '@kring/shared-domain';
import { OrganisationId, Tx } from '@kring/server-database';
import { checkCv } from './cv-file';
import { StoredObjectNotFoundError, StorageDriver } from './storage-driver';
import { StoredFileEntity } from './stored-file.entity';
import { StoredFilesRepository } from './stored-files.repository';

/** What the multipart plumbing (or any other source) hands over; `truncated` marks an over-limit upload. */
export interface FileUpload {
  filename: string;
  data: Buffer;
  truncated?: boolean;
}

const ORPHAN_BATCH = 500;

/**
 * Stores, reads and erases files. Bytes go to the StorageDriver first, then the row is written in
 * the caller's transaction: a rollback leaves bytes without a row, which deleteOrphans removes.
 */
@Injectable()
export class FilesService {
  private readonly logger = new Logger('storage');

  constructor(
    private readonly driver: StorageDriver,
    private readonly files: StoredFilesRepository,
  ) {}

  /** Validates a CV by content (file_too_large / file_type_not_allowed on field `cv`) and stores it. */
  async storeCv(organisationId: OrganisationId, upload: FileUpload, tx?: Tx): Promise<StoredFileEntity> {
    const cv = checkCv(upload);
    const storageKey = `${organisationId}/${randomUUID()}`;
    await this.driver.put(storageKey, upload.data);
    try {
      return await this.files.insert(
        organisationId,
        {
          purpose: 'cv',
          storageKey,
          originalName: cv.originalName,
          contentType: cv.contentType,
          sizeBytes: upload.data.length,
          sha256: createHash('sha256').update(upload.data).digest(),
        },
        tx,
      );
    } catch (error) {
      await this.driver.delete(storageKey).catch(() => undefined);
      throw error;
    }
  }

  /** The file and its bytes; not_found for an unknown id or another organisation's file. */
  async read(organisationId: OrganisationId, fileId: string, tx?: Tx): Promise<{ file: StoredFileEntity; data: Buffer }> {
    const file = await this.files.findById(organisationId, fileId, tx);
    if (!file) throw notFound('File');
    try {
      return { file, data: await this.driver.get(file.storageKey) };
    } catch (error) {
      if (!(error instanceof StoredObjectNotFoundError)) throw error;
      this.logger.warn({ msg: 'stored file has no bytes', organisationId, fileId, code: 'not_found' });
      throw notFound('File');
    }
  }

  /**
   * Deletes the row, then the bytes. Idempotent: an unknown id (or another organisation's) changes
   * nothing and returns false. If removing the bytes fails, the row is already gone and orphan
   * cleanup removes them. Given a transaction, call this last: the bytes are gone even if it rolls back.
   */
  async erase(organisationId: OrganisationId, fileId: string, tx?: Tx): Promise<boolean> {
    const storageKey = await this.files.delete(organisationId, fileId, tx);
    if (!storageKey) return false;
    await this.driver.delete(storageKey);
    return true;
  }

  /**
   * Removes stored objects last modified before `olderThan` that no row points at: bytes of uploads
   * whose transaction rolled back, bytes whose erasure was interrupted, temp files of crashed writes.
   * Pass a cutoff well before now (e.g. an hour) so uploads in an open transaction are never touched.
   */
  async deleteOrphans(olderThan: Date): Promise<{ deleted: number }> {
    let deleted = 0;
    let batch: string[] = [];
    const flush = async () => {
      const kept = await this.files.existingStorageKeys(batch);
      for (const key of batch.filter((k) => !kept.has(k))) {
        await this.driver.delete(key);
        deleted++;
      }
      batch = [];
    };
    for await (const object of this.driver.list()) {
      if (object.modifiedAt >= olderThan) continue;
      batch.push(object.key);
      if (batch.length >= ORPHAN_BATCH) await flush();
    }
    await flush();
    if (deleted > 0) this.logger.log({ msg: 'deleted orphaned files', deleted });
    return { deleted };
  }
}
