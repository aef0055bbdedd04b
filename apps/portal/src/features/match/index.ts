export { PersonSkillsPanel } from './components/person-skills-panel';
// ESCO skill search, also used by "Mijn vaardigheden".
export { useSearchSkills } from './api/search-skills';
