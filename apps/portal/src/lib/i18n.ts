import { DEFAULT_LOCALE, isLocale, type Locale } from '@kring/shared-domain';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import enAbout from '../locales/en.about.json';
import enMySkills from '../locales/en.my-skills.json';
import enMatch from '../locales/en.match.json';
import enErmPeople from '../locales/en.erm-people.json';
import enErmPools from '../locales/en.erm-pools.json';
import enErmEvents from '../locales/en.erm-events.json';
import enErmPreboarding from '../locales/en.erm-preboarding.json';
import enErmPrivacy from '../locales/en.erm-privacy.json';
import enErmOffboarding from '../locales/en.erm-offboarding.json';
import nlAbout from '../locales/nl.about.json';
import nlMySkills from '../locales/nl.my-skills.json';
import nlMatch from '../locales/nl.match.json';
import nlErmPeople from '../locales/nl.erm-people.json';
import nlErmPools from '../locales/nl.erm-pools.json';
import nlErmEvents from '../locales/nl.erm-events.json';
import nlErmPreboarding from '../locales/nl.erm-preboarding.json';
import nlErmPrivacy from '../locales/nl.erm-privacy.json';
import nlErmOffboarding from '../locales/nl.erm-offboarding.json';
import enMailingsNewsletters from '../locales/en.mailings-newsletters.json';
import enMailingsPreferences from '../locales/en.mailings-preferences.json';
import enMailingsJobAlerts from '../locales/en.mailings-job-alerts.json';
import nlMailingsNewsletters from '../locales/nl.mailings-newsletters.json';
import nlMailingsPreferences from '../locales/nl.mailings-preferences.json';
import nlMailingsJobAlerts from '../locales/nl.mailings-job-alerts.json';
import enHr from '../locales/en.hr.json';
import enInsightsSurvey from '../locales/en.insights-survey.json';
import enMailingsTracking from '../locales/en.mailings-tracking.json';
import nlMailingsTracking from '../locales/nl.mailings-tracking.json';
import nlInsightsSurvey from '../locales/nl.insights-survey.json';
import enInsightsDashboard from '../locales/en.insights-dashboard.json';
import nlInsightsDashboard from '../locales/nl.insights-dashboard.json';
import enInsightsData from '../locales/en.insights-data.json';
import nlInsightsData from '../locales/nl.insights-data.json';
import en from '../locales/en.json';
import enReferrer from '../locales/en.referrer.json';
import enRewards from '../locales/en.rewards.json';
import nlHr from '../locales/nl.hr.json';
import nl from '../locales/nl.json';
import nlReferrer from '../locales/nl.referrer.json';
import nlRewards from '../locales/nl.rewards.json';

export const LANGUAGE_STORAGE_KEY = 'kring.language';

function storedLanguage(): Locale {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

function reflectLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export const i18n = i18next.createInstance();
i18n.on('languageChanged', reflectLanguage);
void i18n.use(initReactI18next).init({
  // Feature areas keep their strings in their own files (distinct top-level keys), merged here.
  resources: {
    nl: { translation: { ...nl, ...nlReferrer, ...nlHr, ...nlRewards, ...nlErmPeople, ...nlErmPools, ...nlErmEvents, ...nlErmPreboarding, ...nlErmOffboarding, ...nlErmPrivacy, ...nlMailingsNewsletters, ...nlMailingsPreferences, ...nlMailingsJobAlerts, ...nlMailingsTracking, ...nlInsightsSurvey, ...nlInsightsDashboard, ...nlInsightsData, ...nlMatch, ...nlAbout, ...nlMySkills } },
    en: { translation: { ...en, ...enReferrer, ...enHr, ...enRewards, ...enErmPeople, ...enErmPools, ...enErmEvents, ...enErmPreboarding, ...enErmOffboarding, ...enErmPrivacy, ...enMailingsNewsletters, ...enMailingsPreferences, ...enMailingsJobAlerts, ...enMailingsTracking, ...enInsightsSurvey, ...enInsightsDashboard, ...enInsightsData, ...enMatch, ...enAbout, ...enMySkills } },
  },
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: ['nl', 'en'],
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

export function currentLanguage(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

/** Switches the UI language and remembers the choice on this device. */
export async function changeLanguage(language: Locale): Promise<void> {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode); the switch still applies to this tab.
  }
  if (i18n.language !== language) await i18n.changeLanguage(language);
}
