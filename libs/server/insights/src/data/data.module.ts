import { Module } from '@nestjs/common';

/** Dashboard inputs (hires, costs, ratings, offers, import, candidate survey): services without controllers. */
@Module({})
export class InsightsDataCoreModule {}

/** Dashboard inputs over HTTP (HR) and the public survey answer. */
@Module({ imports: [InsightsDataCoreModule] })
export class InsightsDataModule {}
