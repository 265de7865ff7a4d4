import type { PanelMessages } from '../i18n/panel-locale.ts';
import { ALL_RESOURCES } from '../safety/resources.ts';
import { CrisisResources } from './CrisisResources.tsx';

/** "Get help now": every crisis service, for anyone who chooses it, whatever they typed. */
export function HelpView({ t, onBack }: { t: PanelMessages; onBack: () => void }) {
  return (
    <section class="help-view" aria-labelledby="confide-help-heading">
      <h3 id="confide-help-heading" tabIndex={-1}>{t.getHelp}</h3>
      <p>{t.crisisHelpIntro}</p>
      <CrisisResources resources={ALL_RESOURCES} t={t} />
      <button type="button" class="secondary" onClick={onBack}>{t.backToChat}</button>
    </section>
  );
}
