/**
 * npm run esco:build [-- --out <file>] [-- --missing <n>]
 *
 * Builds libs/server/esco/data/esco-bundle.json.gz from the ESCO exports in $ESCO_SOURCE (default: <repo>/../shared/data/esco)
 * and prints one summary line. The output is deterministic: rebuilding from the same sources gives the same bytes.
 * `--missing <n>` also prints the n skills without a Dutch label that have the most occupation links (tab-separated:
 * uri, English label, links), the work list for kring-nl-labels.tsv. See docs/developer/esco.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assembleBundle, compareText, DEFAULT_BUNDLE_OUTPUT, ESCO_TABLES_DIR, escoSourceDir, serialiseBundle } from '@kring/server-esco';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function main(): void {
  const started = Date.now();
  const out = path.resolve(argument('--out') ?? DEFAULT_BUNDLE_OUTPUT);
  const { bundle, stats } = assembleBundle({ sourceDir: escoSourceDir(), tablesDir: ESCO_TABLES_DIR });
  const bytes = serialiseBundle(bundle);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, bytes);

  const missing = Number(argument('--missing') ?? 0);
  if (missing > 0) {
    const counts = new Map<string, number>();
    for (const occupation of bundle.occupations) {
      for (const uri of [...occupation.essentialSkills, ...occupation.optionalSkills]) counts.set(uri, (counts.get(uri) ?? 0) + 1);
    }
    const ranked = bundle.skills
      .filter((skill) => skill.labels.nl.preferred === null && counts.has(skill.uri))
      .sort((a, b) => counts.get(b.uri)! - counts.get(a.uri)! || compareText(a.uri, b.uri))
      .slice(0, missing);
    for (const skill of ranked) console.log(`${skill.uri}\t${skill.labels.en.preferred}\t${counts.get(skill.uri)}`);
  }

  const coverage = ((100 * stats.linksWithDutchSkill) / stats.links).toFixed(1);
  const labels = stats.dutchSkillLabels;
  console.log(
    `esco:build: ${bundle.occupations.length} occupations, ${bundle.skills.length} skills (${stats.droppedSkills} without English label left out), ${bundle.skillGroups.length} skill groups, ` +
      `${bundle.iscoGroups.length} ISCO groups, ${stats.links} occupation–skill links (${stats.droppedLinks} dropped); ` +
      `Dutch skill labels ${labels['esco-1.2.1']} v1.2.1 + ${labels['esco-1.0.3']} v1.0.3 + ${labels.kring} Kring; ` +
      `Dutch coverage of links ${coverage}%; ${stats.toolNames} O*NET tool names on ${stats.skillsWithTools} skills; ` +
      `${(bytes.length / 1024 / 1024).toFixed(2)} MiB -> ${path.relative(process.cwd(), out)} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (require.main === module) main();
