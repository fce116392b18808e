/**
 * On a page of an indexed outlet's own site: which outlet it is, its category
 * and owner, and the evidence for the classification. Small, in a corner,
 * dismissible; never shown on sites the index does not know.
 */
import type { Category, Outlet } from '../../utils/index/schema';

export interface OutletBannerProps {
  outlet: Outlet;
  category: Category | undefined;
  onDismiss: () => void;
}

export function OutletBanner({ outlet, category, onDismiss }: OutletBannerProps) {
  const evidence = outlet.evidence[0];
  return (
    <aside class="px-banner" aria-label="About this site (Parallax)">
      <p class="px-banner-text">
        <span class="px-banner-brand">Parallax:</span> this site is <strong>{outlet.name}</strong>
        {category && (
          <>
            {' '}
            <span class="px-cat" title={category.description}>
              {category.label}
            </span>
          </>
        )}
        <span class="px-banner-owner">Owner: {outlet.owner}</span>
        {evidence && (
          <a href={evidence.url} target="_blank" rel="noopener noreferrer" title={outlet.classificationNote}>
            {evidence.label}
          </a>
        )}
      </p>
      <button type="button" class="px-close px-banner-close" aria-label="Dismiss Parallax’s note about this site" onClick={onDismiss}>
        ×
      </button>
    </aside>
  );
}
