import { Injectable } from '@nestjs/common';
import { indexEscoBundle, loadEscoBundle, preferredLabel, type EscoIndex } from '@kring/server-esco';
import { conceptGraph, type ConceptGraph } from './concept-graph';

export type UiLanguage = 'nl' | 'en';

/** The shipped ESCO bundle, loaded on first use (≈1 s) and shared by every request of the process. */
@Injectable()
export class EscoCatalog {
  private loading?: Promise<EscoIndex>;

  index(): Promise<EscoIndex> {
    if (!this.loading) {
      this.loading = loadEscoBundle().then(indexEscoBundle);
      this.loading.catch(() => (this.loading = undefined));
    }
    return this.loading;
  }

  async graph(): Promise<ConceptGraph> {
    return conceptGraph(await this.index());
  }
}

/** A concept's label in the UI language (falling back to the other language, then to the URI). */
export function conceptLabel(index: EscoIndex, uri: string, lang: UiLanguage): string {
  const concept = index.skills.get(uri) ?? index.occupations.get(uri);
  return (concept && preferredLabel(concept.labels, lang)) || uri;
}
