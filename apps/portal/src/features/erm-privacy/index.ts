export { PersonPrivacyPanel } from './components/person-privacy-panel';
export { useExportOwnData } from './api/export-person-data';
