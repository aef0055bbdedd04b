import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CONFIG_TOKENS, DatabaseConfig } from '@kring/server-config';
import { dataSourceOptions } from './data-source-options';
import { AuditEventEntity } from './entities/audit-event.entity';
import { OrganisationEntity } from './entities/organisation.entity';
import { ConsentEntity, ConsentEventEntity } from './entities/consent.entity';
import { PersonTokenEntity } from './entities/person-token.entity';
import { PersonEntity } from './entities/person.entity';
import { PhaseTransitionEntity } from './entities/phase-transition.entity';
import { TouchpointEntity } from './entities/touchpoint.entity';
import { AuditRepository } from './repositories/audit.repository';
import { OrganisationsRepository } from './repositories/organisations.repository';
import { ConsentsRepository } from './repositories/consents.repository';
import { MatchPlansRepository } from './repositories/match-plans.repository';
import { PeopleRepository } from './repositories/people.repository';
import { PersonTokensRepository } from './repositories/person-tokens.repository';
import { PhasesRepository } from './repositories/phases.repository';
import { TouchpointsRepository } from './repositories/touchpoints.repository';

const repositories = [AuditRepository, OrganisationsRepository, PeopleRepository, PhasesRepository, TouchpointsRepository, ConsentsRepository, PersonTokensRepository, MatchPlansRepository];

@Module({
  imports: [TypeOrmModule.forFeature([OrganisationEntity, PersonEntity, AuditEventEntity, PhaseTransitionEntity, TouchpointEntity, ConsentEntity, ConsentEventEntity, PersonTokenEntity])],
  providers: repositories,
  exports: repositories,
})
class CoreRepositoriesModule {}

/** Connects TypeORM (entities are registered by each feature module) and provides the core repositories. */
@Module({})
export class DatabaseModule {
  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [CONFIG_TOKENS.database],
          useFactory: (config: DatabaseConfig) => ({ ...dataSourceOptions(config), autoLoadEntities: true }),
        }),
        CoreRepositoriesModule,
      ],
      exports: [CoreRepositoriesModule],
    };
  }
}
