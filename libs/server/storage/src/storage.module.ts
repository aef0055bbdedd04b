import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FilesService } from './files.service';
import { LocalDiskStorage } from './local-disk-storage';
import { StorageDriver } from './storage-driver';
import { StoredFileEntity } from './stored-file.entity';
import { StoredFilesRepository } from './stored-files.repository';

/** Files (CVs) behind a storage interface; local disk outside the web root by default. */
@Module({
  imports: [TypeOrmModule.forFeature([StoredFileEntity])],
  providers: [StoredFilesRepository, FilesService, { provide: StorageDriver, useClass: LocalDiskStorage }],
  exports: [FilesService, StorageDriver],
})
export class StorageModule {}
