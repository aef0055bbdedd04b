export * from './extraction';
export { MatchModule } from './match.module';
export { EscoCatalog } from './matching/esco-catalog';
export { PersonProfileRepository } from './matching/person-profile.repository';
export { MatchErrorCodes } from './matching/match.errors';
export { CV_SKILLS_MAX_BYTES, ProfileErrorCodes, readDocxText, readPdfText } from './profiles';
