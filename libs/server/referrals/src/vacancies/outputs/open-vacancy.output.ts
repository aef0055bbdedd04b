import { ApiProperty } from '@nestjs/swagger';
import { PROGRAMME_KINDS, type ProgrammeKind } from '@kring/shared-domain';
import type { ProgrammeEntity } from '../../entities';
import { renderMarkdown } from '../../markdown/markdown';
import type { VacancyRow, VacancySummaryRow } from '../vacancies.repository';
import { VacancyFactsOutput } from './vacancy.output';

/** The programme a referral for this vacancy would fall under, and what it offers. */
export class ApplicableProgrammeOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: PROGRAMME_KINDS, enumName: 'ProgrammeKind' }) kind: ProgrammeKind;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Set for a referral action' })
  endsAt: string | null;
  @ApiProperty() rewardSummary: string;

  static from(programme: ProgrammeEntity): ApplicableProgrammeOutput {
    return {
      id: programme.id,
      name: programme.name,
      kind: programme.kind,
      endsAt: programme.endsAt ? programme.endsAt.toISOString() : null,
      rewardSummary: programme.rewardSummary,
    };
  }
}

export class ApplicableProgrammeDetailOutput extends ApplicableProgrammeOutput {
  @ApiProperty({ description: 'Sanitised HTML of the programme terms' }) termsHtml: string;

  static override from(programme: ProgrammeEntity): ApplicableProgrammeDetailOutput {
    return { ...ApplicableProgrammeOutput.from(programme), termsHtml: renderMarkdown(programme.termsMarkdown) };
  }
}

/** An open vacancy as a referrer sees it in the list. */
export class OpenVacancySummaryOutput extends VacancyFactsOutput {
  @ApiProperty({ type: ApplicableProgrammeOutput }) programme: ApplicableProgrammeOutput;

  static from(row: VacancySummaryRow, programme: ProgrammeEntity): OpenVacancySummaryOutput {
    return { ...VacancyFactsOutput.facts(row), programme: ApplicableProgrammeOutput.from(programme) };
  }
}

export class OpenVacancyOutput extends VacancyFactsOutput {
  @ApiProperty({ description: 'Sanitised HTML of the description' }) descriptionHtml: string;
  @ApiProperty({ type: ApplicableProgrammeDetailOutput }) programme: ApplicableProgrammeDetailOutput;

  static from(row: VacancyRow, programme: ProgrammeEntity): OpenVacancyOutput {
    return {
      ...VacancyFactsOutput.facts(row),
      descriptionHtml: renderMarkdown(row.descriptionMarkdown),
      programme: ApplicableProgrammeDetailOutput.from(programme),
    };
  }
}

export class OpenVacancyListOutput {
  @ApiProperty({ type: OpenVacancySummaryOutput, isArray: true }) items: OpenVacancySummaryOutput[];
  @ApiProperty() total: number;
}
