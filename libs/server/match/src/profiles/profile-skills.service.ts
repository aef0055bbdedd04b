import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EscoIndex } from '@kring/server-esco';
import { Clock } from '@kring/server-config';
import type { AuthContext } from '@kring/server-identity';
import { detectCvType, type UploadedFile } from '@kring/server-storage';
import { DomainError, FieldError, notFound } from '@kring/shared-domain';
import { extract, type ExtractedConcept } from '../extraction';
import { conceptLabel, EscoCatalog, UiLanguage } from '../matching/esco-catalog';
import { MatchErrorCodes } from '../matching/match.errors';
import { PersonConceptRow, PersonConceptWrite, PersonProfileRepository } from '../matching/person-profile.repository';
import { readDocxText } from './docx-text';
import { MyConceptsInput } from './inputs/profiles.inputs';
import { MyConceptOutput, SkillExtractionOutput, SkillProfileOutput, SkillSearchResultOutput, StoredEvidenceOutput } from './outputs/profiles.outputs';
import { readPdfText } from './pdf-text';
import { EvidenceOrigin, profileText, storedEvidence, suggestionsOf } from './profile-evidence';
import { ExtractedSource, ProfileSkillsRepository } from './profile-skills.repository';
import { CvReadError, cvError, ProfileErrorCodes } from './profiles.errors';
import { searchSkills } from './skill-search';

/** Largest CV read for skills (smaller than the 10 MB the multipart layer accepts: a CV of text is far smaller). */
export const CV_SKILLS_MAX_BYTES = 5 * 1024 * 1024;
/** Characters of CV text given to the extractor (a long CV is ≈ 30k). */
const EXTRACT_MAX_CHARS = 60_000;
/** Fewer letters than this means no usable text (e.g. a scanned PDF). */
const MIN_LETTERS = 20;

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;
const CONFIRMED = new Set(['confirmed_by_person', 'hr']);

/**
 * Skills from a person's CV (PDF/DOCX, read and dropped: only suggestions with short evidence are kept) or profile
 * fields, and people confirming or removing their own skills. Suggestions are stored as `extracted_cv` /
 * `extracted_profile` and never overwrite what the person or HR confirmed.
 */
@Injectable()
export class ProfileSkillsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ProfileSkillsRepository,
    private readonly people: PersonProfileRepository,
    private readonly catalog: EscoCatalog,
    private readonly clock: Clock,
  ) {}

  async profile(auth: AuthContext, personId: string, lang: UiLanguage = 'nl'): Promise<SkillProfileOutput> {
    if (!(await this.people.personExists(auth.organisationId, personId))) throw notFound('Person');
    const [rows, index, consent] = await Promise.all([
      this.people.read(auth.organisationId, personId),
      this.catalog.index(),
      this.repository.matchingConsent(auth.organisationId, personId, this.clock.now()),
    ]);
    const view = (row: PersonConceptRow) => conceptOutput(index, row, lang);
    return {
      personId,
      skills: sortConcepts(rows.skills.map(view)),
      occupations: sortConcepts(rows.occupations.map(view)),
      matchingConsent: {
        status: consent?.status ?? 'none',
        active: consent?.active ?? false,
        givenAt: consent?.givenAt ? new Date(consent.givenAt).toISOString() : null,
        expiresAt: consent?.expiresAt ? new Date(consent.expiresAt).toISOString() : null,
      },
    };
  }

  /** Reads a CV's text (in memory only), extracts skills and stores them as `extracted_cv` suggestions. */
  async fromCv(auth: AuthContext, file: UploadedFile, lang: UiLanguage = 'nl'): Promise<SkillExtractionOutput> {
    const { type, text, pages } = await readCv(file.data);
    const letters = text.replace(/[^\p{L}]/gu, '').length;
    if (letters < MIN_LETTERS) {
      throw cvError(ProfileErrorCodes.noText, 'No text found in the file (Kring cannot read scanned documents)');
    }
    const body = text.slice(0, EXTRACT_MAX_CHARS);
    const result = await extract(body, { limit: 50 });
    const suggestions = suggestionsOf(result);
    const write = (c: ExtractedConcept): PersonConceptWrite => ({
      uri: c.uri,
      source: 'extracted_cv',
      confidence: round4(c.score),
      evidence: storedEvidence(c, { title: '', text: body }, () => 'cv'),
    });
    const stored = await this.store(auth, auth.personId, 'extracted_cv', suggestions, write, lang);
    return { language: result.language, file: { type, ...(pages !== undefined ? { pages } : {}), characters: text.length }, ...stored };
  }

  /** Extracts skills from the person's work-describing profile fields and stores them as `extracted_profile` suggestions. */
  async fromProfile(auth: AuthContext, personId: string, lang: UiLanguage = 'nl'): Promise<SkillExtractionOutput> {
    const fields = await this.repository.profileFields(auth.organisationId, personId);
    if (!fields) throw notFound('Person');
    const input = profileText(fields);
    const result = input.title || input.text ? await extract(input.text, { title: input.title, limit: 50 }) : null;
    const suggestions = result ? suggestionsOf(result) : { skills: [], occupations: [] };
    const originOf = (field: 'title' | 'text', start: number): EvidenceOrigin =>
      field === 'title' ? 'functionTitle' : (input.ranges.find((r) => start >= r.start && start < r.end)?.field ?? 'skills');
    const write = (c: ExtractedConcept): PersonConceptWrite => ({
      uri: c.uri,
      source: 'extracted_profile',
      confidence: round4(c.score),
      evidence: storedEvidence(c, input, originOf),
    });
    const stored = await this.store(auth, personId, 'extracted_profile', suggestions, write, lang);
    return { language: result?.language ?? lang, ...stored };
  }

  async confirm(auth: AuthContext, input: MyConceptsInput, lang: UiLanguage = 'nl'): Promise<SkillProfileOutput> {
    checkConcepts(await this.catalog.index(), input);
    await this.change(auth, async (tx, now) => {
      await this.repository.confirm(auth.organisationId, auth.personId, 'person_skills', uris(input.skills), now, tx);
      await this.repository.confirm(auth.organisationId, auth.personId, 'person_occupations', uris(input.occupations), now, tx);
    });
    return this.profile(auth, auth.personId, lang);
  }

  async remove(auth: AuthContext, input: MyConceptsInput, lang: UiLanguage = 'nl'): Promise<SkillProfileOutput> {
    await this.change(auth, async (tx) => {
      await this.repository.remove(auth.organisationId, auth.personId, 'person_skills', uris(input.skills), tx);
      await this.repository.remove(auth.organisationId, auth.personId, 'person_occupations', uris(input.occupations), tx);
    });
    return this.profile(auth, auth.personId, lang);
  }

  async search(query: string, lang: UiLanguage = 'nl', limit = 15): Promise<SkillSearchResultOutput[]> {
    return searchSkills(await this.catalog.index(), query, lang, limit);
  }

  private async change(auth: AuthContext, work: (tx: Parameters<ProfileSkillsRepository['remove']>[4], now: Date) => Promise<void>): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (tx) => {
      if (!(await this.people.personExists(auth.organisationId, auth.personId, tx))) throw notFound('Person');
      await work(tx, now);
      await this.repository.refreshCounts(auth.organisationId, auth.personId, now, tx);
    });
  }

  private async store(
    auth: AuthContext,
    personId: string,
    source: ExtractedSource,
    suggestions: { skills: ExtractedConcept[]; occupations: ExtractedConcept[] },
    write: (c: ExtractedConcept) => PersonConceptWrite,
    lang: UiLanguage,
  ): Promise<Omit<SkillExtractionOutput, 'language' | 'file'>> {
    await this.dataSource.transaction(async (tx) => {
      if (!(await this.people.personExists(auth.organisationId, personId, tx))) throw notFound('Person');
      await this.repository.replaceExtracted(
        auth.organisationId,
        personId,
        source,
        { skills: suggestions.skills.map(write), occupations: suggestions.occupations.map(write) },
        this.clock.now(),
        tx,
      );
    });
    const profile = await this.profile(auth, personId, lang);
    const pick = (list: MyConceptOutput[], found: ExtractedConcept[]) => {
      const wanted = new Set(found.map((c) => c.uri));
      return list.filter((c) => wanted.has(c.uri));
    };
    return { suggestedSkills: pick(profile.skills, suggestions.skills), suggestedOccupations: pick(profile.occupations, suggestions.occupations), profile };
  }
}

/** Type by content, size, then the text, translating reader failures into problem+json refusals. */
async function readCv(data: Buffer): Promise<{ type: 'pdf' | 'docx'; text: string; pages?: number }> {
  if (data.length > CV_SKILLS_MAX_BYTES) {
    throw cvError(ProfileErrorCodes.tooLarge, `The file is larger than ${CV_SKILLS_MAX_BYTES / 1024 / 1024} MB`);
  }
  const type = detectCvType(data);
  if (!type) throw cvError(ProfileErrorCodes.typeNotAllowed, 'Upload a PDF or Word (.docx) file');
  try {
    if (type === 'pdf') {
      const { text, pages } = await readPdfText(data);
      return { type, text, pages };
    }
    return { type, text: readDocxText(data) };
  } catch (error) {
    if (error instanceof CvReadError) throw cvError(error.code, error.message);
    throw error;
  }
}

function conceptOutput(index: EscoIndex, row: PersonConceptRow, lang: UiLanguage): MyConceptOutput {
  return {
    uri: row.uri,
    label: conceptLabel(index, row.uri, lang),
    source: row.source,
    status: CONFIRMED.has(row.source) ? 'confirmed' : 'suggested',
    confidence: row.confidence,
    evidence: (Array.isArray(row.evidence) ? row.evidence : []).filter(isStoredEvidence),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

function isStoredEvidence(value: unknown): value is StoredEvidenceOutput {
  const e = value as Partial<StoredEvidenceOutput> | null;
  return typeof e === 'object' && e !== null && typeof e.text === 'string' && typeof e.snippet === 'string' && typeof e.origin === 'string';
}

/** Confirmed first, then suggestions by confidence, then by label. */
function sortConcepts(list: MyConceptOutput[]): MyConceptOutput[] {
  return list.sort(
    (a, b) =>
      Number(a.status !== 'confirmed') - Number(b.status !== 'confirmed') ||
      (b.confidence ?? 0) - (a.confidence ?? 0) ||
      a.label.localeCompare(b.label),
  );
}

const uris = (list: Array<{ uri: string }>) => [...new Set(list.map((c) => c.uri))];

function checkConcepts(index: EscoIndex, input: MyConceptsInput): void {
  const errors: FieldError[] = [];
  input.skills.forEach((s, i) => {
    if (!index.skills.has(s.uri)) errors.push({ field: `skills.${i}.uri`, message: 'not an ESCO skill' });
  });
  input.occupations.forEach((o, i) => {
    if (!index.occupations.has(o.uri)) errors.push({ field: `occupations.${i}.uri`, message: 'not an ESCO occupation' });
  });
  if (errors.length) throw new DomainError('validation', MatchErrorCodes.unknownConcept, 'Unknown ESCO concepts', errors);
}
