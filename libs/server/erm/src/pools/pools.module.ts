import { Module } from '@nestjs/common';

/** Pools: services and repositories without controllers, shared by the API and the worker. */
@Module({
  imports: [],
  providers: [],
  exports: [],
})
export class PoolsCoreModule {}

/** Pools over HTTP. */
@Module({
  imports: [PoolsCoreModule],
  controllers: [],
  providers: [],
})
export class PoolsModule {}
