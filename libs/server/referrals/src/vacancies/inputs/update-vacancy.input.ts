import { PartialType } from '@nestjs/swagger';
import { CreateVacancyInput } from './create-vacancy.input';

/** Only the fields sent change; `null` clears a nullable field. Status changes follow draft → open ⇄ closed. */
export class UpdateVacancyInput extends PartialType(CreateVacancyInput) {}
