/**
 * The outlet registry: every outlet Parallax knows, grouped by category, with who owns it,
 * where it publishes, and why it is in its category (with links to check).
 */
import type { Category, Outlet } from '@/utils/index/schema';
import { CategoryChip } from '../shared/CategoryChip';

const REGIONS = new Intl.DisplayNames(['en'], { type: 'region' });

export function countryName(code: string): string {
  if (code === 'unknown') return 'Unknown';
  try {
    return REGIONS.of(code) ?? code;
  } catch {
    return code;
  }
}

function OutletEntry({ outlet, category }: { outlet: Outlet; category: Category }) {
  return (
    <article class="px-outlet" data-outlet={outlet.id}>
      <h4>{outlet.name}</h4>
      <dl>
        <dt>Category</dt>
        <dd>
          <CategoryChip category={category} />
        </dd>
        <dt>Country</dt>
        <dd>{countryName(outlet.country)}</dd>
        <dt>Owner</dt>
        <dd>{outlet.owner}</dd>
        <dt>Domains</dt>
        <dd>{outlet.domains.join(', ') || 'None known'}</dd>
        <dt>Why this category</dt>
        <dd>{outlet.classificationNote}</dd>
        <dt>Evidence</dt>
        <dd>
          <ul>
            {outlet.evidence.map((e) => (
              <li key={e.url}>
                <a href={e.url} target="_blank" rel="noreferrer">
                  {e.label}
                </a>
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </article>
  );
}

export function OutletRegistry({ categories, outlets }: { categories: readonly Category[]; outlets: readonly Outlet[] }) {
  return (
    <div class="px-registry">
      {[...categories]
        .sort((a, b) => a.order - b.order)
        .map((category) => {
          const own = outlets.filter((o) => o.category === category.id);
          if (own.length === 0) return null;
          return (
            <section key={category.id} aria-labelledby={`px-cat-${category.id}`} class="px-registry__category">
              <h3 id={`px-cat-${category.id}`}>{category.label}</h3>
              <p class="px-muted">{category.description}</p>
              {own.map((outlet) => (
                <OutletEntry key={outlet.id} outlet={outlet} category={category} />
              ))}
            </section>
          );
        })}
    </div>
  );
}
