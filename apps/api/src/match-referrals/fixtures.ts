import type { DataSource } from 'typeorm';
import type { HttpClient } from '../testing/http-client';

const ESCO = 'http://data.europa.eu/esco/skill';

/** ESCO skills from the shipped bundle, shared by the candidate-link specs of Search & Match referrals. */
export const SKILL = {
  nursingCare: `${ESCO}/1023ac61-250f-4eef-b7a9-238cf071685f`,
  hygiene: `${ESCO}/0450eaee-1a00-4622-8f4e-5356fce816d2`,
  empathy: `${ESCO}/2475cd27-8d6c-4318-a364-21395b23acba`,
};

/** Confirms the vacancy's skills (two essential, one optional), so Search & Match can rank people for it. */
export async function profileVacancy(dataSource: DataSource, organisationId: string, vacancyId: string): Promise<void> {
  for (const [uri, kind] of [
    [SKILL.nursingCare, 'essential'],
    [SKILL.hygiene, 'essential'],
    [SKILL.empathy, 'optional'],
  ]) {
    await dataSource.query(
      `INSERT INTO vacancy_skills (organisation_id, vacancy_id, uri, kind, status, confidence, confirmed_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'confirmed', 0.8, now(), now(), now())`,
      [organisationId, vacancyId, uri, kind],
    );
  }
}

/** The consent or decline token from the last referral consent mail to `to`. */
export async function candidateTokenFor(dataSource: DataSource, to: string, purpose: 'consent' | 'decline'): Promise<string> {
  const [row] = await dataSource.query(
    `SELECT text_body FROM mail_messages WHERE to_address = $1 AND kind = 'referral_consent' ORDER BY created_at DESC LIMIT 1`,
    [to],
  );
  return new RegExp(`/candidate/${purpose}\\?token=([A-Za-z0-9_-]{20,})`).exec(row.text_body)![1]!;
}

/** A colleague's referral (not Search & Match) of a new candidate, submitted by a signed-in employee. */
export async function colleagueReferral(employee: HttpClient, vacancyId: string): Promise<{ email: string; referralId: string }> {
  const email = `sam-${Math.random().toString(36).slice(2)}@example.test`;
  const submitted = await employee.post('/api/referrals', {
    vacancyId,
    candidateName: 'Sam Jansen',
    candidateEmail: email,
    relationship: 'former_colleague',
    motivation: 'Heel goed met patiënten',
    candidateInformed: true,
  });
  if (submitted.status !== 201) throw new Error(`referral answered ${submitted.status}`);
  return { email, referralId: submitted.body.id as string };
}
