import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { distanceMetres, formatDistance, isInJapan, parseLatLon, walkingMinutes } from './geo.ts';
import { tileImageSource } from './tiles.ts';
import { dataIslandJson } from './map-data.ts';

describe('distances', () => {
  it('measures great-circle distances in metres', () => {
    assert.equal(distanceMetres({ lat: 35.3, lon: 139.25 }, { lat: 35.3, lon: 139.25 }), 0);
    // One degree of latitude is about 111.2 km anywhere.
    assert.ok(Math.abs(distanceMetres({ lat: 35, lon: 139 }, { lat: 36, lon: 139 }) - 111_195) < 10);
    // 二宮町役場 to JR二宮駅: a few hundred metres.
    const d = distanceMetres({ lat: 35.299012, lon: 139.255634 }, { lat: 35.2996, lon: 139.2553 });
    assert.ok(d > 60 && d < 80, String(d));
  });

  it('writes distances as residents read them', () => {
    assert.equal(formatDistance(3), '約10m');
    assert.equal(formatDistance(346), '約350m');
    assert.equal(formatDistance(994), '約990m');
    assert.equal(formatDistance(995), '約1.0km');
    assert.equal(formatDistance(1234), '約1.2km');
    assert.equal(formatDistance(12_345), '約12.3km');
  });

  it('estimates walking time at 80 m a minute, at least a minute', () => {
    assert.equal(walkingMinutes(0), 1);
    assert.equal(walkingMinutes(80), 1);
    assert.equal(walkingMinutes(81), 2);
    assert.equal(walkingMinutes(400), 5);
  });

  it('accepts points in Japan only, and numbers only', () => {
    assert.equal(isInJapan({ lat: 35.3, lon: 139.25 }), true);
    assert.equal(isInJapan({ lat: 26.2, lon: 127.7 }), true, '那覇');
    assert.equal(isInJapan({ lat: 43.06, lon: 141.35 }), true, '札幌');
    assert.equal(isInJapan({ lat: 48.85, lon: 2.35 }), false, 'Paris');
    assert.equal(isInJapan({ lat: 0, lon: 0 }), false);
    assert.deepEqual(parseLatLon('35.3', '139.25'), { lat: 35.3, lon: 139.25 });
    assert.equal(parseLatLon('', '139.25'), undefined);
    assert.equal(parseLatLon('abc', '139.25'), undefined);
    assert.equal(parseLatLon('135', '35'), undefined);
  });
});

describe('map page helpers', () => {
  it('allows the tile server origin, with a wildcard for {s} sub-domains', () => {
    assert.equal(tileImageSource('https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png'), 'https://cyberjapandata.gsi.go.jp');
    assert.equal(tileImageSource('https://{s}.tile.example.org/{z}/{x}/{y}.png'), 'https://*.tile.example.org');
    assert.equal(tileImageSource('http://localhost:8080/tiles/{z}/{x}/{y}.png'), 'http://localhost:8080');
  });

  it('writes the data island so that no text can close the script element', () => {
    const json = dataIslandJson({ origin: null, facilities: [{ number: 1, id: '1', name: '</script><b>', kind: 'x', lat: 1, lon: 2, href: '/a', distance: '' }] });
    assert.doesNotMatch(json, /</);
    assert.equal(JSON.parse(json).facilities[0].name, '</script><b>');
  });
});
