import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, RateLimit } from '@kring/server-identity';
import { CandidateSurveysService } from './candidate-surveys.service';
import { AnswerCandidateSurveyInput, CandidateSurveyTokenInput } from './inputs/candidate-survey.input';
import { CandidateSurveyOutput } from './outputs/candidate-survey.output';

const LIMIT = { name: 'candidate-survey-link', windowSeconds: 900, limits: { ip: 60 } };
const WHY = 'candidates have no account: the mailed candidate-survey token is the credential';

/** The candidate-experience page. Both are POSTs: nothing a link scanner fetches records an answer. */
@ApiTags('candidate-survey')
@Controller()
export class CandidateSurveysController {
  constructor(private readonly surveys: CandidateSurveysService) {}

  @Post('candidate-survey/lookup')
  @HttpCode(200)
  @Public(WHY)
  @RateLimit(LIMIT)
  @ApiOperation({ operationId: 'lookupCandidateSurvey', summary: 'The question behind a candidate-survey link and the answer given so far (changes nothing)' })
  @ApiOkResponse({ type: CandidateSurveyOutput })
  lookup(@Body() body: CandidateSurveyTokenInput): Promise<CandidateSurveyOutput> {
    return this.surveys.lookup(body.token);
  }

  @Post('candidate-survey')
  @HttpCode(200)
  @Public(WHY)
  @RateLimit(LIMIT)
  @ApiOperation({ operationId: 'answerCandidateSurvey', summary: 'Record or change the candidate-experience score (0-10) while the link is valid' })
  @ApiOkResponse({ type: CandidateSurveyOutput })
  answer(@Body() body: AnswerCandidateSurveyInput): Promise<CandidateSurveyOutput> {
    return this.surveys.answer(body.token, body.score);
  }
}
