export { PersonSkillsPanel } from './components/person-skills-panel';
