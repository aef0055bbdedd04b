/** Small hand-made ESCO bundles for unit tests of the extractor (same shape as the shipped bundle). */
import type { EscoBundle, EscoOccupation, EscoSkill } from '@kring/server-esco';

const ESCO = 'http://data.europa.eu/esco';

type Labels = { nl?: string[]; en: string[] };

function labels({ nl = [], en }: Labels): EscoOccupation['labels'] {
  return {
    nl: { preferred: nl[0] ?? null, alt: nl.slice(1), source: nl.length ? 'esco-1.2.1' : null },
    en: { preferred: en[0], alt: en.slice(1) },
  };
}

export function skill(id: string, names: Labels, tools: string[] = []): EscoSkill {
  return { uri: `${ESCO}/skill/${id}`, type: 'skill/competence', reuse: 'sector-specific', labels: labels(names), broader: [], tools };
}

export function occupation(id: string, names: Labels, essential: string[], optional: string[] = []): EscoOccupation {
  return {
    uri: `${ESCO}/occupation/${id}`,
    code: '2512.4',
    iscoGroup: '2512',
    labels: labels(names),
    essentialSkills: essential.map((skillId) => `${ESCO}/skill/${skillId}`),
    optionalSkills: optional.map((skillId) => `${ESCO}/skill/${skillId}`),
  };
}

export const uri = {
  skill: (id: string) => `${ESCO}/skill/${id}`,
  occupation: (id: string) => `${ESCO}/occupation/${id}`,
};

/** A few occupations and skills around software, yarn and care, with Dutch and English labels and tool names. */
export function smallBundle(): EscoBundle {
  const skills = [
    skill('java', { nl: ['Java (computerprogrammering)'], en: ['Java (computer programming)', 'Java'] }, ['Oracle Java']),
    skill('postgresql', { nl: ['PostgreSQL'], en: ['PostgreSQL'] }, ['PostgreSQL']),
    skill('spreadsheets', { nl: ['software voor spreadsheets gebruiken'], en: ['use spreadsheets software'] }, ['Microsoft Excel']),
    skill('erp', { nl: ['ERP-systeem beheren'], en: ['manage standard enterprise resource planning system'] }, ['SAP ERP']),
    skill('programming', { nl: ['computerprogrammering'], en: ['computer programming', 'programming'] }),
    skill('yarn-processing', { nl: ['garen verwerken'], en: ['process yarn', 'yarn processing'] }),
    skill('yarn-count', { nl: ['garennummer meten'], en: ['measure yarn count'] }),
    skill('teams', { nl: ['in teams werken'], en: ['work in teams'] }),
    skill('customer-orientation', { nl: ['zorgen voor klantgerichtheid'], en: ['ensure customer orientation'] }),
    skill('wound-care', { nl: ['wonden verzorgen'], en: ['care for wounds'] }),
    skill('r-language', { nl: ['R'], en: ['R'] }),
    skill('doors', { en: ['install doors', 'door'] }),
  ];
  const occupations = [
    occupation('software-developer', { nl: ['softwareontwikkelaar', 'programmeur', 'applicatie-ontwikkelaar'], en: ['software developer', 'programmer'] }, ['programming', 'teams'], ['java', 'postgresql']),
    occupation('product-developer', { nl: ['productontwikkelaar'], en: ['product developer'] }, ['customer-orientation']),
    occupation('yarn-spinner', { nl: ['garenspinner'], en: ['yarn spinner'] }, ['yarn-processing', 'yarn-count']),
    occupation('nurse', { nl: ['verpleegkundige'], en: ['nurse'] }, ['wound-care', 'teams']),
    occupation('bookkeeper', { nl: ['boekhouder'], en: ['bookkeeper'] }, ['spreadsheets', 'erp']),
  ];
  return { source: 'test bundle', occupations, skills, skillGroups: [], iscoGroups: [] };
}
