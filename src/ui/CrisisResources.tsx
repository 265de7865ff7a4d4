import type { PanelMessages } from '../i18n/panel-locale.ts';
import { EMERGENCY, type Resource } from '../safety/resources.ts';
import { ExternalLink } from './ExternalLink.tsx';

/** Crisis services with tappable call / text / chat links, emergency number first. */
export function CrisisResources({ resources, t }: { resources: readonly Resource[]; t: PanelMessages }) {
  return (
    <>
      <p class="emergency">
        <strong>{t.emergency}</strong>{' '}
        <ExternalLink href={EMERGENCY.actions[0]?.href ?? 'tel:911'} class="action danger">{t.callEmergency}</ExternalLink>
      </p>
      <ul class="resources">
        {resources.map((r) => (
          <li key={r.id}>
            <p class="resource-name">{r.name}</p>
            <p class="resource-text">{r.description}</p>
            <ul class="resource-actions">
              {r.actions.map((a) => (
                <li key={a.href}>
                  <ExternalLink href={a.href} class="action">{a.label}</ExternalLink>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
