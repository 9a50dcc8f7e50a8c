import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cachedPageOf, replyFor } from './cached-response.ts';

const big = new TextEncoder().encode('二宮町,'.repeat(2000));

describe('replies from the page cache', () => {
  const page = cachedPageOf(big, new Headers({ 'content-type': 'text/csv; charset=UTF-8', 'last-modified': 'Thu, 01 Oct 2026 03:00:00 GMT', 'set-cookie': 'x=1' }), 60);

  it('keeps the headers that describe the body and never a cookie', () => {
    assert.equal(page.headers['content-type'], 'text/csv; charset=UTF-8');
    assert.equal(page.headers['set-cookie'], undefined);
    assert.ok(page.gzip && page.gzip.byteLength < big.byteLength / 10);
  });

  it('sends gzip only to clients that accept it', () => {
    assert.equal(replyFor(page, { acceptEncoding: 'gzip, br' }).headers['Content-Encoding'], 'gzip');
    assert.equal(replyFor(page, { acceptEncoding: 'gzip;q=0, identity' }).headers['Content-Encoding'], undefined);
    assert.equal(replyFor(page, {}).body, page.body);
  });

  it('answers 304 for a matching ETag (also weak or in a list) or an unchanged date', () => {
    assert.equal(replyFor(page, { ifNoneMatch: page.etag }).status, 304);
    assert.equal(replyFor(page, { ifNoneMatch: `"other", W/${page.etag}` }).status, 304);
    assert.equal(replyFor(page, { ifNoneMatch: '"other"' }).status, 200);
    assert.equal(replyFor(page, { ifModifiedSince: 'Thu, 01 Oct 2026 03:00:00 GMT' }).status, 304);
    assert.equal(replyFor(page, { ifModifiedSince: 'Wed, 30 Sep 2026 03:00:00 GMT' }).status, 200);
    assert.equal(replyFor(page, { ifNoneMatch: '"other"', ifModifiedSince: 'Thu, 01 Oct 2026 03:00:00 GMT' }).status, 200, 'If-None-Match wins over the date');
  });

  it('does not compress small or binary bodies', () => {
    assert.equal(cachedPageOf(new Uint8Array(100), new Headers({ 'content-type': 'text/html' }), 60).gzip, undefined);
    assert.equal(cachedPageOf(big, new Headers({ 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), 60).gzip, undefined);
  });
});
