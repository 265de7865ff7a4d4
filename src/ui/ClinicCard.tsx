import type { Clinic } from '../corpus/schema.ts';
import type { PanelMessages } from '../i18n/panel-locale.ts';
import { safeUrl } from '../render/url-policy.ts';
import { ExternalLink } from './ExternalLink.tsx';

/** The clinic's own booking and contact links, shown with "booking" and with the "no answer" reply. */
export function ClinicCard({ clinic, t }: { clinic: Clinic | undefined; t: PanelMessages }) {
  const booking = clinic?.bookingUrl ? safeUrl(clinic.bookingUrl) : '';
  const phone = clinic?.phone ? clinic.phone.replace(/[^\d+]/g, '') : '';
  const email = clinic?.email ?? '';
  if (!booking && !phone && !email) return null;
  return (
    <div class="clinic-card" part="clinic-card">
      <p class="clinic-card-title">{clinic?.name ?? t.clinicContact}</p>
      <ul>
        {booking && (
          <li>
            <ExternalLink href={booking} class="action primary" part="booking-link">{t.book}</ExternalLink>
          </li>
        )}
        {phone && (
          <li>
            <ExternalLink href={`tel:${phone}`} class="action">{t.call(clinic?.phone ?? phone)}</ExternalLink>
          </li>
        )}
        {email && (
          <li>
            <ExternalLink href={`mailto:${email}`} class="action">{t.email(email)}</ExternalLink>
          </li>
        )}
      </ul>
    </div>
  );
}
