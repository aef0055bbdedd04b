import { Module } from '@nestjs/common';
import { EventsCoreModule, EventsModule } from './events/events.module';
import { OffboardingCoreModule, OffboardingModule } from './offboarding/offboarding.module';
import { PeopleCoreModule, PeopleModule } from './people/people.module';
import { PoolsCoreModule, PoolsModule } from './pools/pools.module';
import { PreboardingCoreModule, PreboardingModule } from './preboarding/preboarding.module';
import { PrivacyCoreModule, PrivacyModule } from './privacy/privacy.module';

const CORE = [PeopleCoreModule, PoolsCoreModule, EventsCoreModule, PreboardingCoreModule, OffboardingCoreModule, PrivacyCoreModule];

/** ERM services without HTTP: what the worker needs (phase automation, reminders, expiry, imports). */
@Module({ imports: CORE, exports: CORE })
export class ErmCoreModule {}

/** ERM over HTTP: people and phases, touchpoints, timeline, segments, talent pools, events, preboarding, offboarding, import, privacy. */
@Module({ imports: [PeopleModule, PoolsModule, EventsModule, PreboardingModule, OffboardingModule, PrivacyModule] })
export class ErmModule {}
