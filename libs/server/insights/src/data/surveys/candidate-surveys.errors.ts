import { DomainError, ErrorCodes } from '@kring/shared-domain';

export const candidateSurveyTokenInvalid = () =>
  new DomainError('gone', ErrorCodes.candidateSurveyTokenInvalid, 'This link has expired or is not valid');
