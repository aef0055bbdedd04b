import { Module } from '@nestjs/common';

/** KPI queries and their rollups: services without controllers (the worker maintains rollups). */
@Module({})
export class KpisCoreModule {}

/** KPI endpoints (HR). */
@Module({ imports: [KpisCoreModule] })
export class KpisModule {}
