export { PersonPrivacyPanel } from './components/person-privacy-panel';
