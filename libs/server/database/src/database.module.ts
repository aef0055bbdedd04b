import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CONFIG_TOKENS, DatabaseConfig } from '@kring/server-config';
import { dataSourceOptions } from './data-source-options';
import { AuditEventEntity } from './entities/audit-event.entity';
import { OrganisationEntity } from './entities/organisation.entity';
import { PersonEntity } from './entities/person.entity';
import { AuditRepository } from './repositories/audit.repository';
import { OrganisationsRepository } from './repositories/organisations.repository';
import { PeopleRepository } from './repositories/people.repository';

const repositories = [AuditRepository, OrganisationsRepository, PeopleRepository];

@Module({
  imports: [TypeOrmModule.forFeature([OrganisationEntity, PersonEntity, AuditEventEntity])],
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
