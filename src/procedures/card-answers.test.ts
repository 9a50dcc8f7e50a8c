import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CookieClient } from '../../test/cookie-client.ts';
import { reachCallback, startMynumberFixture, TOWN, type MynumberFixture } from '../../test/mynumber-fixture.ts';

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/u.exec(html)?.[1] ?? '';

describe('answers from the My Number card', () => {
  let fx: MynumberFixture;
  let client: CookieClient;
  let draft: string;
  before(async () => {
    fx = await startMynumberFixture();
    client = new CookieClient();
    await fx.signIn(client, 'card@example.jp');
    await client.request((await reachCallback(fx, client)).callbackUrl);
    const start = `${fx.publicUrl}/m/${TOWN}/procedures/jido-teate-nintei-seikyu/apply`;
    const started = await client.post(start, { _csrf: csrfOf(await (await client.request(start)).text()) });
    assert.equal(started.status, 303);
    draft = new URL(started.headers.get('location')!, fx.publicUrl).href.split('/').slice(0, -1).join('/');
  });
  after(() => fx?.stop());

  it('prefills the postal code of the card’s address, and the address', async () => {
    const first = await (await client.request(`${draft}/seikyusha`)).text();
    assert.match(first, /name="postalCode" type="text" value="259-0123"/u);
    assert.match(first, /value="神奈川県中郡二宮町二宮1240番地の3"/u);
  });

  it('shows card answers as such on the check page, without a 変更 link, and lets the resident’s own answers be changed', async () => {
    const page = `${draft}/seikyusha`;
    const html = await (await client.request(page)).text();
    const posted = await client.post(page, { _csrf: csrfOf(html), 'kana-family': 'ニノミヤ', 'kana-given': 'ハナコ', postalCode: '2590123', address: '神奈川県中郡二宮町二宮1240番地の3', phone: '0463-71-3311', _action: 'save' });
    assert.equal(posted.status, 303);
    const check = await (await client.request(`${draft}/check`)).text();
    const row = (label: string) => new RegExp(`<dt>${label}</dt><dd>[^<]*</dd><dd>(.*?)</dd>`, 'u').exec(check)?.[1] ?? '';
    assert.match(row('氏名'), /マイナンバーカードの情報/u);
    assert.doesNotMatch(row('氏名'), /変更/u);
    assert.match(row('住所'), /マイナンバーカードの情報/u, 'an unchanged card answer');
    assert.match(row('電話番号|日中に連絡のとれる電話番号'), /変更/u);
  });

  it('treats a card answer the resident changed as the resident’s own', async () => {
    const page = `${draft}/seikyusha`;
    const html = await (await client.request(page)).text();
    await client.post(page, { _csrf: csrfOf(html), 'kana-family': 'ニノミヤ', 'kana-given': 'ハナコ', postalCode: '2590123', address: '神奈川県中郡二宮町二宮1240番地の5', phone: '0463-71-3311', _action: 'save' });
    const check = await (await client.request(`${draft}/check`)).text();
    const address = /<dt>住所<\/dt><dd>[^<]*<\/dd><dd>(.*?)<\/dd>/u.exec(check)?.[1] ?? '';
    assert.match(address, /変更/u);
    assert.doesNotMatch(address, /マイナンバーカードの情報/u);
  });
});
