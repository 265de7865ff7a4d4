import type { PanelMessages } from '../i18n/panel-locale.ts';

/** A quiet line in a reply that leads to the crisis lines: not an alert, one tap away. */
export function HelpNudge({ t, onHelp }: { t: PanelMessages; onHelp: () => void }) {
  return (
    <p class="help-nudge">
      {t.helpNudge}{' '}
      <button type="button" class="link" part="help-nudge" onClick={onHelp}>
        {t.helpNudgeLink}
      </button>
    </p>
  );
}
