import type { components } from '@kring/api-client';

type Schemas = components['schemas'];
export type Programme = Schemas['ProgrammeOutput'];
export type ProgrammeList = Schemas['ProgrammeListOutput'];
export type ProgrammeStatus = Schemas['ProgrammeStatus'];
export type ProgrammeKind = Schemas['ProgrammeKind'];
export type CreateProgrammeInput = Schemas['CreateProgrammeInput'];
export type UpdateProgrammeInput = Schemas['UpdateProgrammeInput'];
