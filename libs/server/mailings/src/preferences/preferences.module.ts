import { Module } from '@nestjs/common';
import { MailingLinksModule } from '../links/mailing-links.module';
import { MatchingConsentService } from './matching-consent.service';
import { MyMatchingConsentController } from './my-matching-consent.controller';
import { MyPreferencesController } from './my-preferences.controller';
import { PreferencesRepository } from './preferences.repository';
import { PreferencesService } from './preferences.service';
import { PublicPreferencesController } from './public-preferences.controller';
import { SuppressionsController } from './suppressions.controller';
import { SuppressionsService } from './suppressions.service';

/** Preferences: services and repositories without controllers, shared by the API and the worker. */
@Module({
  imports: [MailingLinksModule],
  providers: [PreferencesRepository, PreferencesService, MatchingConsentService],
  exports: [PreferencesRepository, PreferencesService, MatchingConsentService],
})
export class PreferencesCoreModule {}

/**
 * Preferences over HTTP: one-click unsubscribe, the preference centre, the bounce webhook, HR's suppression list and
 * the signed-in person's matching consent.
 */
@Module({
  imports: [PreferencesCoreModule],
  controllers: [PublicPreferencesController, MyPreferencesController, MyMatchingConsentController, SuppressionsController],
  providers: [SuppressionsService],
})
export class PreferencesModule {}
