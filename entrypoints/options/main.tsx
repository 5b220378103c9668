import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsPage } from '../../components/OptionsPage';
import '../../components/pages.css';
import type { BackgroundRequest, ResponseOf } from '../../utils/messages';

async function send<R extends BackgroundRequest>(req: R): Promise<ResponseOf<R>> {
  const res = (await browser.runtime.sendMessage(req)) as unknown;
  if (res && typeof res === 'object' && 'error' in res) throw new Error(String(res.error));
  return res as ResponseOf<R>;
}

render(<OptionsPage send={send} />, document.getElementById('app')!);
