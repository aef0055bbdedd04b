export { ProfileSkillsController } from './profile-skills.controller';
export { CV_SKILLS_MAX_BYTES, ProfileSkillsService } from './profile-skills.service';
export { ProfileSkillsRepository } from './profile-skills.repository';
export { ProfileErrorCodes } from './profiles.errors';
export { readDocxText, DOCX_XML_MAX_BYTES } from './docx-text';
export { readPdfText } from './pdf-text';
