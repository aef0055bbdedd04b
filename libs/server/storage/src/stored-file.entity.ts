import { Column, Entity } from 'typeorm';
import { OrganisationScopedEntity } from '@kring/server-database';

/** Metadata of a file kept by the storage driver (the bytes live outside the database and the web root). */
@Entity('stored_files')
export class StoredFileEntity extends OrganisationScopedEntity {
  @Column({ type: 'text' })
  purpose: 'cv';

  /** Opaque key of the bytes in the storage driver; never derived from user input. */
  @Column({ type: 'text' })
  storageKey: string;

  @Column({ type: 'text' })
  originalName: string;

  @Column({ type: 'text' })
  contentType: string;

  @Column({ type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'bytea' })
  sha256: Buffer;
}
