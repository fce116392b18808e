/**
 * Which indexed outlet publishes on a hostname ("www.globaltimes.cn" → Global
 * Times). Exact domain or a subdomain of it ("amp.scmp.com" → SCMP); never a
 * mere suffix of the name ("notscmp.com" is not scmp.com). Pure.
 */
import type { Outlet } from './index/schema';
import type { IndexView } from './index/view';

export function outletOfHostname(view: Pick<IndexView, 'outlets'>, hostname: string): Outlet | undefined {
  const host = hostname.toLowerCase().replace(/\.$/u, '').replace(/^www\./u, '');
  if (!host) return undefined;
  let best: { outlet: Outlet; length: number } | undefined;
  for (const outlet of view.outlets) {
    for (const domain of outlet.domains) {
      const d = domain.toLowerCase();
      // The longest matching domain wins (budd.senate.gov over a hypothetical senate.gov).
      if ((host === d || host.endsWith(`.${d}`)) && d.length > (best?.length ?? 0)) best = { outlet, length: d.length };
    }
  }
  return best?.outlet;
}
