export * from './storage.module';
export * from './stored-file.entity';
