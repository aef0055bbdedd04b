import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, OrganisationId, Tx } from '@kring/server-database';
import { StoredFileEntity } from './stored-file.entity';

export type NewStoredFile = Pick<StoredFileEntity, 'purpose' | 'storageKey' | 'originalName' | 'contentType' | 'sizeBytes' | 'sha256'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class StoredFilesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(organisationId: OrganisationId, file: NewStoredFile, tx?: Tx): Promise<StoredFileEntity> {
    const manager = managerOf(this.dataSource, tx);
    return manager.save(manager.create(StoredFileEntity, { ...file, organisationId }));
  }

  async findById(organisationId: OrganisationId, id: string, tx?: Tx): Promise<StoredFileEntity | null> {
    if (!UUID.test(id)) return null;
    return managerOf(this.dataSource, tx).findOneBy(StoredFileEntity, { organisationId, id });
  }

  /** Deletes the row and returns the storage key it pointed at, or null when there was none. */
  async delete(organisationId: OrganisationId, id: string, tx?: Tx): Promise<string | null> {
    if (!UUID.test(id)) return null;
    const result = await managerOf(this.dataSource, tx)
      .createQueryBuilder()
      .delete()
      .from(StoredFileEntity)
      .where('organisation_id = :organisationId AND id = :id', { organisationId, id })
      .returning('storage_key')
      .execute();
    const rows = result.raw as Array<{ storage_key: string }>;
    return rows[0]?.storage_key ?? null;
  }

  /**
   * Housekeeping across organisations (storage keys are globally unique): which of these keys
   * still have a row. Deliberately not organisation-scoped; never use it to serve a file.
   */
  async existingStorageKeys(keys: string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows: Array<{ storage_key: string }> = await this.dataSource.query(
      'SELECT storage_key FROM stored_files WHERE storage_key = ANY($1::text[])',
      [keys],
    );
    return new Set(rows.map((r) => r.storage_key));
  }
}
