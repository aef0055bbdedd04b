import { Module } from '@nestjs/common';
import { InsightsDataCoreModule, InsightsDataModule } from './data/data.module';
import { KpisCoreModule, KpisModule } from './kpis/kpis.module';

const CORE = [InsightsDataCoreModule, KpisCoreModule];

/** The HR dashboard without HTTP: inputs kept up to date and KPI rollups (used by the worker). */
@Module({ imports: CORE, exports: CORE })
export class InsightsCoreModule {}

/** The HR dashboard: inputs and KPI endpoints (HTTP). */
@Module({ imports: [InsightsDataModule, KpisModule] })
export class InsightsModule {}
