import type { components, operations, RequestBody, SuccessBody } from '@kring/api-client';

type Schemas = components['schemas'];

export type HireChannel = Schemas['HireChannel'];
export type HireSource = Schemas['HireSource'];
export type Hire = Schemas['HireOutput'];
export type HireList = SuccessBody<operations['listHires']>;
export type HireInput = RequestBody<operations['createHire']>;
export type CostCategory = Schemas['CostCategory'];
export type Cost = Schemas['CostOutput'];
export type CostList = SuccessBody<operations['listRecruitmentCosts']>;
export type CostInput = RequestBody<operations['createRecruitmentCost']>;
export type OfferOutcome = Schemas['OfferOutcome'];
export type Offer = Schemas['OfferOutput'];
export type OfferList = SuccessBody<operations['listOffers']>;
export type OfferInput = RequestBody<operations['createOffer']>;
export type RatingMonths = operations['rateHire']['parameters']['path']['months'];
export type RatingInput = RequestBody<operations['rateHire']>;
export type Rating = SuccessBody<operations['rateHire']>;
export type RatingsDue = SuccessBody<operations['listQualityRatingsDue']>;
export type RatingDue = RatingsDue['items'][number];
export type HireImport = SuccessBody<operations['getHireImport']>;
export type HireImportProblem = HireImport['problems'][number];
export type ProgrammeOption = SuccessBody<operations['listProgrammes']>['items'][number];

export { COST_CATEGORIES, HIRE_CHANNELS, HIRE_SOURCES, OFFER_OUTCOMES, QUALITY_RATING_MONTHS } from '@kring/shared-domain';
