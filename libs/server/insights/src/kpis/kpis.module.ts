import { Module } from '@nestjs/common';
import { KpisController } from './kpis.controller';
import { KpisRepository } from './kpis.repository';
import { KpisService } from './kpis.service';

/** KPI queries and their rollups: services without controllers (the rollups are kept by database triggers). */
@Module({ providers: [KpisRepository, KpisService], exports: [KpisRepository, KpisService] })
export class KpisCoreModule {}

/** KPI endpoints (HR). */
@Module({ imports: [KpisCoreModule], controllers: [KpisController] })
export class KpisModule {}
