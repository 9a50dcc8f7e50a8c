import { currentTotp } from '../src/platform/identity/totp.ts';
import { LiveBrowser, loopbackAddress } from './live-browser.ts';

const TOWN = '/m/143421';
const STAFF = { email: 'staff@ninomiya.example.jp', password: 'ninomiya-demo-2026' };
/** The development outbox page shows the newest 50 messages. */
const OUTBOX_SIZE = 50;

/** A demo staff member signed in to the internal zone through its pages (password, TOTP enrolment). */
export async function signInDemoStaff(internalUrl: string): Promise<LiveBrowser> {
  const staff = new LiveBrowser();
  const login = `${internalUrl}${TOWN}/login`;
  const passed = await staff.submit(login, login, STAFF);
  if (passed.location !== `${TOWN}/login/enrol`) throw new Error(`staff sign-in: ${passed.status} ${passed.location}`);
  const enrol = await staff.get(`${internalUrl}${TOWN}/login/enrol`);
  const secret = /data-totp-secret="true">([A-Z2-7]+)</.exec(enrol.body)?.[1];
  if (!secret) throw new Error('staff sign-in: no TOTP secret on the enrolment page');
  const done = await staff.submit(`${internalUrl}${TOWN}/login/enrol`, `${internalUrl}${TOWN}/login/enrol`, { code: currentTotp(secret) });
  if (done.status !== 200) throw new Error(`staff TOTP enrolment: ${done.status}`);
  return staff;
}

/** Newest sign-in code per address, as the development outbox shows it to staff. */
export async function signInCodesFromOutbox(staff: LiveBrowser, internalUrl: string): Promise<Map<string, string>> {
  const page = await staff.get(`${internalUrl}${TOWN}/dev/outbox`);
  if (page.status !== 200) throw new Error(`dev outbox: ${page.status}`);
  const codes = new Map<string, string>();
  for (const [, to, body] of page.body.matchAll(/<p>宛先：([^　<]+)　[^<]*<\/p><pre>([^<]*)<\/pre>/gu)) {
    const code = /確認コード：(\d{6})/u.exec(body!)?.[1];
    if (code && !codes.has(to!)) codes.set(to!, code);
  }
  return codes;
}

/**
 * Signs residents in through the e-mail code pages, each from its own loopback address, reading
 * the codes in the development outbox as staff. Returns one browser per address, in order.
 */
export async function signInResidents(publicUrl: string, internalUrl: string, emails: string[], firstAddress = 0): Promise<LiveBrowser[]> {
  const staff = await signInDemoStaff(internalUrl);
  const browsers: LiveBrowser[] = [];
  try {
    for (let start = 0; start < emails.length; start += OUTBOX_SIZE) {
      const batch = emails.slice(start, start + OUTBOX_SIZE);
      const pending = await Promise.all(
        batch.map(async (email, i) => {
          const browser = new LiveBrowser(loopbackAddress(firstAddress + start + i));
          const sent = await browser.submit(`${publicUrl}${TOWN}/login`, `${publicUrl}${TOWN}/login`, { email });
          if (sent.status !== 303) throw new Error(`sign-in of ${email}: ${sent.status}`);
          return browser;
        }),
      );
      const codes = await signInCodesFromOutbox(staff, internalUrl);
      await Promise.all(
        pending.map(async (browser, i) => {
          const code = codes.get(batch[i]!);
          if (!code) throw new Error(`no sign-in code in the outbox for ${batch[i]}`);
          const page = `${publicUrl}${TOWN}/login/code`;
          const signedIn = await browser.submit(page, page, { code });
          if (signedIn.location !== `${TOWN}/mypage`) throw new Error(`code of ${batch[i]}: ${signedIn.status} ${signedIn.location}`);
        }),
      );
      browsers.push(...pending);
    }
  } finally {
    staff.close();
  }
  return browsers;
}

/** Raises a signed-in resident to assurance high with the local test card provider (サンプル 二宮 花子). */
export async function stepUpWithTestCard(browser: LiveBrowser, publicUrl: string): Promise<void> {
  const start = `${publicUrl}${TOWN}/login/mynumber?return=${encodeURIComponent('/mypage')}`;
  const isCallback = (url: URL) => url.pathname.endsWith('/login/mynumber/callback');
  let { response, url } = await browser.follow(await browser.get(start), start);
  for (const step of ['login', 'confirm']) {
    const action = new RegExp(`action="([^"]*/${step})"`).exec(response.body)?.[1];
    if (!action) throw new Error(`card step-up: no ${step} form at ${url} (${response.status})`);
    const target = new URL(action, url).href;
    const posted = await browser.post(target, step === 'login' ? { holder: 'sample-ninomiya-hanako' } : {});
    ({ response, url } = await browser.follow(posted, target, isCallback));
  }
  if (!isCallback(new URL(url))) throw new Error(`card step-up did not reach the callback: ${url}`);
  const back = await browser.get(url);
  if (back.location !== `${TOWN}/mypage`) throw new Error(`card step-up callback: ${back.status} ${back.location} ${back.body.slice(0, 300)}`);
}
