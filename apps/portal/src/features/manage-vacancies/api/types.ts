import type { components } from '@kring/api-client';

type Schemas = components['schemas'];
export type Vacancy = Schemas['VacancyOutput'];
export type VacancySummary = Schemas['VacancySummaryOutput'];
export type VacancyList = Schemas['VacancyListOutput'];
export type VacancyStatus = Schemas['VacancyStatus'];
export type EmploymentType = Schemas['EmploymentType'];
export type CreateVacancyInput = Schemas['CreateVacancyInput'];
export type UpdateVacancyInput = Schemas['UpdateVacancyInput'];
