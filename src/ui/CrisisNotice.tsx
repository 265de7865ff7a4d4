import type { PanelMessages } from '../i18n/panel-locale.ts';
import type { CrisisCategory } from '../safety/categories.ts';
import { resourcesFor } from '../safety/resources.ts';
import { CrisisResources } from './CrisisResources.tsx';

/** Shown before any answer when a message signals danger; never the "no answer" reply. */
export function CrisisNotice({ categories, t }: { categories: readonly CrisisCategory[]; t: PanelMessages }) {
  return (
    <section class="bubble crisis" part="crisis" role="alert" data-crisis={categories.join(' ')} aria-label={t.crisisHeading}>
      <h3>{t.crisisHeading}</h3>
      {categories.map((c) => (
        <p key={c}>{t.crisisIntro[c]}</p>
      ))}
      <CrisisResources resources={resourcesFor(categories)} t={t} />
    </section>
  );
}
