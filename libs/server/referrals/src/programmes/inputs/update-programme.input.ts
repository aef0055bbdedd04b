import { PartialType } from '@nestjs/swagger';
import { CreateProgrammeInput } from './create-programme.input';

/** Only the fields sent change; null clears startsAt or endsAt. Changing the kind without audiences resets them. */
export class UpdateProgrammeInput extends PartialType(CreateProgrammeInput) {}
