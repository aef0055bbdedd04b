import { Injectable } from '@nestjs/common';
import { Clock } from '@kring/server-config';
import type { AuthContext } from '@kring/server-identity';
import { notFound } from '@kring/shared-domain';
import { admits, isRunning, pickProgramme } from '../programmes/programme-choice';
import { ProgrammeResolver, refusalError } from '../programmes/programme-resolver.service';
import { ProgrammesRepository } from '../programmes/programmes.repository';
import { ListOpenVacanciesInput } from './inputs/list-vacancies.input';
import { OpenVacancyListOutput, OpenVacancyOutput, OpenVacancySummaryOutput } from './outputs/open-vacancy.output';
import { VacanciesRepository } from './vacancies.repository';

/**
 * Open vacancies as referrers see them: only those a running programme admitting the caller covers, each with
 * the programme a referral would fall under (the same rule as ProgrammeResolver).
 */
@Injectable()
export class OpenVacanciesService {
  constructor(
    private readonly vacancies: VacanciesRepository,
    private readonly programmes: ProgrammesRepository,
    private readonly resolver: ProgrammeResolver,
    private readonly clock: Clock,
  ) {}

  async list(auth: AuthContext, input: ListOpenVacanciesInput): Promise<OpenVacancyListOutput> {
    const now = this.clock.now();
    const audiences = await this.resolver.audiencesOfUser(auth.organisationId, auth);
    const running = (await this.programmes.listUnarchived(auth.organisationId)).filter(
      (p) => admits(p, audiences) && isRunning(p, now),
    );
    if (!running.length) return { items: [], total: 0 };
    const selective = running.filter((p) => p.vacancyScope === 'selected').map((p) => p.id);
    const allOpen = running.length > selective.length;
    const { items, total } = await this.vacancies.list(
      auth.organisationId,
      {
        status: 'open',
        department: input.department?.trim() || undefined,
        location: input.location?.trim() || undefined,
        employmentType: input.employmentType,
        q: input.q?.trim() || undefined,
        limit: input.limit ?? 20,
        offset: input.offset ?? 0,
      },
      allOpen ? { allOpen: true } : { allOpen: false, programmeIds: selective },
    );
    const selections = await this.programmes.selectionsOf(auth.organisationId, selective, items.map((v) => v.id));
    return {
      items: items.map((vacancy) => {
        const selectedBy = selections.get(vacancy.id)!;
        const applicable = running.filter((p) => p.vacancyScope === 'all_open' || selectedBy.has(p.id));
        return OpenVacancySummaryOutput.from(vacancy, pickProgramme(applicable, selectedBy)!);
      }),
      total,
    };
  }

  /** 404 unless the vacancy is open; when open but no programme lets the caller refer for it, the resolver's refusal. */
  async get(auth: AuthContext, id: string): Promise<OpenVacancyOutput> {
    const vacancy = await this.vacancies.findById(auth.organisationId, id);
    if (!vacancy || vacancy.status !== 'open') throw notFound('Vacancy');
    const audiences = await this.resolver.audiencesOfUser(auth.organisationId, auth);
    const choice = await this.resolver.resolve(auth.organisationId, { userId: auth.userId, audiences }, id, this.clock.now());
    if (!choice.ok) throw refusalError(choice);
    return OpenVacancyOutput.from(vacancy, choice.programme);
  }
}
