export { PersonSkillsPanel } from './components/person-skills-panel';
// ESCO skill search and its hit list, also used by "Mijn vaardigheden".
export { useSearchSkills } from './api/search-skills';
export { SkillHits } from './components/skill-hits';
