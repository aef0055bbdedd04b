import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StoredFileEntity } from './stored-file.entity';

/** Files (CVs) behind a storage interface; local disk outside the web root by default. */
@Module({
  imports: [TypeOrmModule.forFeature([StoredFileEntity])],
})
export class StorageModule {}
