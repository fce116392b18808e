import { render } from 'preact';
import indexJson from '@/data/generated/index.json';
import type { ShippedIndex } from '@/utils/index/shipped';
import { Options } from '@/components/options/Options';
import '@/components/shared/theme.css';
import '@/components/options/options.css';

render(
  <Options index={indexJson as unknown as ShippedIndex} confirm={(q) => window.confirm(q)} />,
  document.getElementById('app')!,
);
