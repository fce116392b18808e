import { render } from 'preact';
import { browser } from 'wxt/browser';
import { bundledView } from '@/utils/index/bundled';
import { Popup } from '@/components/popup/Popup';
import '@/components/shared/theme.css';
import '@/components/popup/popup.css';
import { browserTabLink } from './tab-link';

render(
  <Popup
    index={bundledView}
    link={browserTabLink(location.search)}
    close={() => window.close()}
    openOptions={() => void browser.runtime.openOptionsPage()}
  />,
  document.getElementById('app')!,
);
