import { render } from 'preact';
import { bundledView } from '@/utils/index/bundled';
import { Options } from '@/components/options/Options';
import '@/components/shared/theme.css';
import '@/components/options/options.css';

render(<Options index={bundledView} confirm={(q) => window.confirm(q)} />, document.getElementById('app')!);
