/** An outlet category's label as a small chip; `order` picks its colour (see theme.css). */
import type { Category } from '@/utils/index/schema';

export function CategoryChip({ category }: { category: Pick<Category, 'id' | 'label' | 'order'> }) {
  return (
    <span class="px-chip" data-category={category.id} data-order={category.order}>
      {category.label}
    </span>
  );
}
