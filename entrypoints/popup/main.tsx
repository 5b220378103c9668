import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PageSummary } from '../../components/PageSummary';
import '../../components/pages.css';

render(<PageSummary api={browser} />, document.getElementById('app')!);
