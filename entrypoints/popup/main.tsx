import { render } from 'preact';
import { browser } from 'wxt/browser';
import indexJson from '@/data/generated/index.json';
import type { ShippedIndex } from '@/utils/index/shipped';
import { Popup } from '@/components/popup/Popup';
import '@/components/shared/theme.css';
import '@/components/popup/popup.css';
import { browserTabLink } from './tab-link';

const index = indexJson as unknown as ShippedIndex;

render(
  <Popup
    index={index}
    link={browserTabLink(location.search)}
    close={() => window.close()}
    openOptions={() => void browser.runtime.openOptionsPage()}
  />,
  document.getElementById('app')!,
);
