/**
 * The plain PostgreSQL full-text baseline, over the same texts:
 * - table eval_fts_people(id, tsv) with tsv = setweight(to_tsvector(cfg, headline), 'A') || setweight(to_tsvector(cfg,
 *   text), 'D'), cfg = 'dutch' or 'english' by the person's profile language, GIN index;
 * - query = the vacancy title + text through to_tsvector in the vacancy's language config, its lexemes OR-ed into one
 *   tsquery (plainto_tsquery would AND every word and match nobody; websearch_to_tsquery needs "or" between words and
 *   gives the same lexemes);
 * - rank = ts_rank_cd(tsv, query, normalization) DESC, ties by md5('eval:' || id) like Kring's run (not by dataset order). Two normalizations run: 0 (none) and 1 (divide by 1 + log of
 *   the document length); the report shows both and compares Kring with the stronger one.
 */
import type { DataSource } from 'typeorm';
import type { EvalPerson, EvalVacancy } from './eval-dataset';

export const BASELINE_NORMALIZATIONS = [0, 1] as const;

const config = (lang: 'nl' | 'en') => (lang === 'nl' ? 'dutch' : 'english');

export async function loadBaseline(ds: DataSource, people: EvalPerson[]): Promise<void> {
  await ds.query(`CREATE TABLE eval_fts_people (id text PRIMARY KEY, tsv tsvector NOT NULL)`);
  for (const p of people) {
    await ds.query(
      `INSERT INTO eval_fts_people (id, tsv)
       VALUES ($1, setweight(to_tsvector($2::regconfig, $3), 'A') || setweight(to_tsvector($2::regconfig, $4), 'D'))`,
      [p.id, config(p.lang), p.headline, p.text],
    );
  }
  await ds.query(`CREATE INDEX ix_eval_fts_people_tsv ON eval_fts_people USING gin (tsv)`);
  await ds.query(`ANALYZE eval_fts_people`);
}

/** Person ids matching at least one lexeme of the vacancy, best first. */
export async function rankBaseline(ds: DataSource, vacancy: EvalVacancy, normalization: number): Promise<string[]> {
  const rows: Array<{ id: string }> = await ds.query(
    `WITH q AS (
       SELECT string_agg(quote_literal(lexeme), ' | ')::tsquery AS query
         FROM unnest(tsvector_to_array(to_tsvector($1::regconfig, $2))) AS lexeme
     )
     SELECT p.id FROM eval_fts_people p, q
      WHERE p.tsv @@ q.query
      ORDER BY ts_rank_cd(p.tsv, q.query, $3::int) DESC, md5('eval:' || p.id)`,
    [config(vacancy.lang), `${vacancy.title}\n${vacancy.text}`, normalization],
  );
  return rows.map((r) => r.id);
}
