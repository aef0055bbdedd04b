export * from './data.module';
export { CandidateSurveysService } from './surveys/candidate-surveys.service';
export { CANDIDATE_SURVEY_LINK_DAYS, CANDIDATE_SURVEY_WINDOW_DAYS } from './surveys/candidate-surveys.constants';
