import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { demoDepartments } from '../demo-municipalities.ts';
import { sampleOpenData } from './index.ts';
import type { SampleDataset } from './types.ts';

// Expected shape of each standard dataset, written independently of row-builders.ts
// (from /work/shared/reference/opendata-standard.md, groups expanded in place).
const ADDR = ['所在地_全国地方公共団体コード', '町字ID', '所在地_連結表記', '所在地_都道府県', '所在地_市区町村', '所在地_町字', '所在地_番地以下', '建物名等(方書)'];
const CONTACT = ['電話番号', '内線番号', '連絡先メールアドレス', '連絡先FormURL', '連絡先備考（その他、SNSなど）', '郵便番号'];
const ACC = ['車椅子可', '車椅子貸出', 'ツエ貸出', 'バリアフリートイレ', 'スロープ、エレベータ、エスカレータ', '点字ブロック等の移動支援', '点字や読上による支援', '盲導犬・介助犬、聴導犬同伴', '字幕', '筆談対応', '優先駐車場', 'オストメイト対応トイレ', '授乳室', 'おむつ替えコーナー', '飲食可否', 'ベビーカー貸出', 'ベビーカー利用'];

interface Shape { title: string; count: number; first: string; last: string; rows: [number, number]; groups: string[][]; after: [string, string][] }
const SHAPES: Record<string, Shape> = {
  public_facility: { title: '公共施設一覧', count: 56, first: '全国地方公共団体コード', last: '備考', rows: [15, 25], groups: [ADDR, CONTACT, ACC], after: [['外部識別子の値', '所在地_全国地方公共団体コード'], ['高度の値', '電話番号'], ['説明', '車椅子可'], ['ベビーカー利用', 'URL']] },
  evacuation_space: { title: '指定緊急避難場所一覧', count: 39, first: '全国地方公共団体コード', last: '備考', rows: [10, 20], groups: [ADDR, CONTACT], after: [['建物名等(方書)', '緯度'], ['標高', '電話番号'], ['郵便番号', '市区町村コード'], ['災害種別_火山現象', '指定避難所との重複']] },
  aed: { title: 'AED設置箇所一覧', count: 39, first: '全国地方公共団体コード', last: '備考', rows: [15, 25], groups: [ADDR, CONTACT], after: [['高度の値', '設置位置'], ['設置位置', '電話番号'], ['郵便番号', '法人番号'], ['外部利用不可', '備考']] },
  public_toilet: { title: '公衆トイレ一覧', count: 39, first: '全国地方公共団体コード', last: '備考', rows: [8, 15], groups: [ADDR], after: [['名称_英語', '所在地_全国地方公共団体コード'], ['建物名等(方書)', '設置位置'], ['バリアフリートイレ数', '車椅子使用者用トイレ有無'], ['利用可能時間特記事項', '画像']] },
  preschool: { title: '子育て施設一覧', count: 53, first: '全国地方公共団体コード', last: '備考', rows: [8, 15], groups: [ADDR], after: [['種別', '所在地_全国地方公共団体コード'], ['内線番号', 'FAX番号'], ['病児保育の有無', '授乳室'], ['ベビーカー利用', 'URL']] },
  population: { title: '地域・年齢別人口', count: 46, first: '全国地方公共団体コード', last: '備考', rows: [5, 40], groups: [], after: [['女性', '0-4歳の男性'], ['80-84歳の女性', '85歳以上の男性'], ['85歳以上の女性', '世帯数']] },
  event: { title: 'イベント一覧', count: 32, first: '都道府県コード又は市区町村コード', last: '備考', rows: [10, 15], groups: [], after: [['都道府県コード又は市区町村コード', 'NO'], ['開始日', '終了日'], ['場所名称', '住所'], ['経度', 'アクセス方法'], ['参加申込方法', 'URL']] },
};

interface TownCase { code: string; name: string; box: { lat: [number, number]; lon: [number, number] }; tel: RegExp; postal: RegExp; population: number }
const TOWNS: TownCase[] = [
  { code: '143421', name: '二宮町', box: { lat: [35.285, 35.320], lon: [139.225, 139.275] }, tel: /^0463-7\d-\d{4}$/, postal: /^259-01\d\d$/, population: 26_500 },
  { code: '143413', name: '大磯町', box: { lat: [35.295, 35.345], lon: [139.265, 139.335] }, tel: /^0463-6\d-\d{4}$/, postal: /^255-00\d\d$/, population: 31_000 },
];

// Approximate shoreline (lon → lat) from Kozu to the Hanamizu river: the sea is south of it.
const COAST: [number, number][] = [[139.200, 35.2700], [139.230, 35.2845], [139.245, 35.2915], [139.255, 35.2955], [139.268, 35.2970], [139.280, 35.2985], [139.297, 35.3005], [139.305, 35.3030], [139.313, 35.3050], [139.320, 35.3075], [139.335, 35.3125]];
function coastLat(lon: number): number {
  for (let i = 1; i < COAST.length; i++) {
    const [x0, y0] = COAST[i - 1]!;
    const [x1, y1] = COAST[i]!;
    if (lon <= x1) return y0 + ((y1 - y0) * (lon - x0)) / (x1 - x0);
  }
  return COAST.at(-1)![1];
}
const SHORE_NAMES = /海岸|海水浴場|港/;

const TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (s: string): boolean => DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const BANDS = [...Array.from({ length: 17 }, (_, i) => `${i * 5}-${i * 5 + 4}歳`), '85歳以上'];
const TIME_COLUMNS = ['開始時間', '終了時間', '利用開始時間', '利用終了時間', '子供預かり開所時間', '子供預かり閉所時間', '参加申込終了時間'];
const DATE_COLUMNS = ['調査年月日', '開始日', '終了日', '参加申込終了日', '認可等年月日'];
const HAS_FLAGS = new Set([...ACC.filter((c) => c !== '飲食可否'), '車椅子使用者用トイレ有無', '乳幼児用設備設置トイレ有無', 'オストメイト設置トイレ有無', '小児対応設備の有無', '一時預かりの有無', '病児保育の有無']);
const ONE_FLAGS = (c: string): boolean => c.startsWith('災害種別_') || c === '指定避難所との重複';
const CODE_COLUMNS = ['全国地方公共団体コード', '所在地_全国地方公共団体コード', '市区町村コード', '都道府県コード又は市区町村コード'];
const NAME_COLUMNS = ['地方公共団体名', '所在地_市区町村', '市区町村名'];
const CATEGORIES = ['行政・施設', '防災・安全', '健康・福祉', '子育て・教育', '人口・統計', '観光・イベント'];

function records(ds: SampleDataset): Record<string, string>[] {
  return ds.rows.map((r) => Object.fromEntries(ds.columns.map((c, i) => [c, r[i]!])));
}

for (const town of TOWNS) {
  describe(`sample open data of ${town.name} (${town.code})`, () => {
    const data = sampleOpenData(town.code);
    assert.ok(data, 'sample data exists');
    const { datasets, districts } = data;

    it('has the seven standard datasets with sensible metadata', () => {
      assert.deepEqual(datasets.map((d) => d.id).sort(), Object.keys(SHAPES).sort());
      const departments = demoDepartments.filter((d) => d.municipalityCode === town.code).map((d) => d.code as string);
      for (const ds of datasets) {
        assert.equal(ds.title, SHAPES[ds.id]!.title);
        assert.ok(CATEGORIES.includes(ds.category), `${ds.id} category ${ds.category}`);
        assert.ok(departments.includes(ds.departmentCode), `${ds.id} department ${ds.departmentCode}`);
        assert.match(ds.description, /サンプルデータ/);
        assert.ok(ds.keywords.length > 0);
        for (const d of [ds.publishedOn, ds.updatedOn]) assert.ok(isDate(d) && d >= '2024-01-01' && d <= '2026-12-31', `${ds.id} date ${d}`);
        assert.ok(ds.publishedOn <= ds.updatedOn, `${ds.id} published after updated`);
      }
    });

    it('uses the standard headers in order, and every row has every cell', () => {
      for (const ds of datasets) {
        const shape = SHAPES[ds.id]!;
        assert.equal(ds.columns.length, shape.count, `${ds.id} header count`);
        assert.equal(new Set(ds.columns).size, ds.columns.length, `${ds.id} duplicate headers`);
        assert.equal(ds.columns[0], shape.first);
        assert.equal(ds.columns.at(-1), shape.last);
        for (const group of shape.groups) {
          const start = ds.columns.indexOf(group[0]!);
          assert.deepEqual(ds.columns.slice(start, start + group.length), group, `${ds.id} group ${group[0]}`);
        }
        for (const [a, b] of shape.after) assert.equal(ds.columns[ds.columns.indexOf(a) + 1], b, `${ds.id}: ${b} follows ${a}`);
        assert.ok(ds.rows.length >= shape.rows[0] && ds.rows.length <= shape.rows[1], `${ds.id} has ${ds.rows.length} rows`);
        ds.rows.forEach((row, i) => {
          assert.equal(row.length, ds.columns.length, `${ds.id} row ${i} length`);
          for (const cell of row) assert.equal(typeof cell, 'string');
        });
      }
    });

    it('places every point inside the town, on land, with 6 decimals', () => {
      const { lat, lon } = town.box;
      const inBox = (y: number, x: number): boolean => y >= lat[0] && y <= lat[1] && x >= lon[0] && x <= lon[1];
      for (const d of districts) assert.ok(inBox(d.latitude, d.longitude), `district ${d.name}`);
      assert.ok(districts.length >= 8);
      for (const ds of datasets) {
        for (const r of records(ds)) {
          if (r.緯度 === undefined) continue;
          const label = `${ds.id} ${r.名称 ?? r.イベント名}`;
          assert.match(r.緯度, /^\d{2}\.\d{6}$/, label);
          assert.match(r.経度!, /^\d{3}\.\d{6}$/, label);
          const [y, x] = [Number(r.緯度), Number(r.経度)];
          assert.ok(inBox(y, x), `${label} outside ${town.name}: ${y},${x}`);
          const place = `${r.名称 ?? ''}${r.場所名称 ?? ''}`;
          const margin = SHORE_NAMES.test(place) ? -0.002 : 0.0015;
          assert.ok(y >= coastLat(x) + margin, `${label} is in (or too near) the sea: ${y},${x}`);
        }
      }
    });

    it('uses the town code, name, address, phone and postal code shapes', () => {
      for (const ds of datasets) {
        records(ds).forEach((r, i) => {
          for (const c of CODE_COLUMNS) if (c in r) assert.equal(r[c], town.code, `${ds.id} ${c}`);
          for (const c of NAME_COLUMNS) if (c in r) assert.equal(r[c], town.name, `${ds.id} ${c}`);
          if ('所在地_都道府県' in r) assert.equal(r.所在地_都道府県, '神奈川県');
          if ('都道府県名' in r) assert.equal(r.都道府県名, '神奈川県');
          const address = r.所在地_連結表記 ?? r.住所;
          if (address !== undefined) assert.ok(address.startsWith(`神奈川県中郡${town.name}`) && address.length > 10, `${ds.id} address ${address}`);
          if ('所在地_連結表記' in r) assert.equal(r.所在地_連結表記, `神奈川県中郡${town.name}${r.所在地_町字}${r.所在地_番地以下}`);
          for (const c of ['電話番号', '連絡先電話番号', 'FAX番号']) if (r[c]) assert.match(r[c], town.tel, `${ds.id} ${c}`);
          if ('郵便番号' in r) assert.match(r.郵便番号!, town.postal, `${ds.id} 郵便番号`);
          const id = r.ID ?? r.NO;
          if (id !== undefined) assert.equal(id, `${town.code}-${String(i + 1).padStart(4, '0')}`);
          if (ds.id !== 'population') assert.ok(r.名称 || r.イベント名, `${ds.id} row ${i} has a name`);
        });
      }
    });

    it('writes times as hh:mm, dates as YYYY-MM-DD and flags as 有/無, 可/不可 or 1', () => {
      for (const ds of datasets) {
        for (const r of records(ds)) {
          for (const c of TIME_COLUMNS) if (r[c]) assert.match(r[c], TIME, `${ds.id} ${c}`);
          for (const c of DATE_COLUMNS) if (r[c]) assert.ok(isDate(r[c]), `${ds.id} ${c} ${r[c]}`);
          if (r.開始時間 && r.終了時間) assert.ok(r.開始時間 < r.終了時間, `${ds.id} ${r.名称 ?? r.イベント名} opens before it closes`);
          for (const [c, v] of Object.entries(r)) {
            if (HAS_FLAGS.has(c)) assert.ok(['有', '無', ''].includes(v), `${ds.id} ${c}=${v}`);
            if (c === '飲食可否') assert.ok(['可', '不可', ''].includes(v), `${ds.id} ${c}=${v}`);
            if (c === '外部利用不可') assert.ok(['有', ''].includes(v), `${ds.id} ${c}=${v}`);
            if (ONE_FLAGS(c)) assert.ok(['1', ''].includes(v), `${ds.id} ${c}=${v}`);
            assert.notEqual(v, undefined);
          }
        }
      }
    });

    it('has consistent AED, toilet, evacuation and preschool rows', () => {
      const byId = (id: string): Record<string, string>[] => records(datasets.find((d) => d.id === id)!);
      for (const r of byId('aed')) {
        assert.match(r.利用可能曜日!, /^[月火水木金土日祝]+$/);
        assert.ok(r.設置位置 && r.開始時間 && r.終了時間);
      }
      assert.ok(byId('aed').some((r) => r.開始時間 === '00:00' && r.終了時間 === '24:00' && r.利用可能日時特記事項), 'some AED is available 24h');
      for (const r of byId('public_toilet')) {
        const n = (c: string): number => { assert.match(r[c]!, /^\d+$/, c); return Number(r[c]); };
        assert.equal(n('男性トイレ総数'), n('男性トイレ数（小便器）') + n('男性トイレ数（和式）') + n('男性トイレ数（洋式）'));
        assert.equal(n('女性トイレ総数'), n('女性トイレ数（和式）') + n('女性トイレ数（洋式）'));
        assert.equal(n('男女共用トイレ総数'), n('男女共用トイレ数（和式）') + n('男女共用トイレ数（洋式）'));
        n('バリアフリートイレ数');
        assert.ok(r.設置位置 && r.利用開始時間 && r.利用終了時間);
      }
      for (const r of byId('evacuation_space')) {
        assert.ok(['地震', '火事'].some((h) => r[`災害種別_${h === '火事' ? '大規模な火事' : h}`] === '1'), `${r.名称} serves some hazard`);
        assert.match(r.想定収容人数!, /^\d+$/);
        assert.match(r.標高!, /^\d+\.\d$/);
        if (Number(r.標高) < 20) assert.ok(r.災害種別_津波 === '' && r.災害種別_高潮 === '', `${r.名称} is low and near the coast: not for 津波/高潮`);
        assert.ok(r.電話番号, 'required 電話番号');
      }
      const kinds = new Set(byId('preschool').map((r) => r.種別));
      for (const k of ['保育所', '幼稚園', '認定こども園', '子育て支援センター', '児童館']) assert.ok(kinds.has(k), `preschool has ${k}`);
      for (const r of byId('preschool')) {
        assert.ok(r.受入年齢 && ['有', '無'].includes(r.授乳室!) && ['有', '無'].includes(r.おむつ替えコーナー!));
        if (r.収容定員) assert.match(r.収容定員, /^\d+$/);
      }
    });

    it('has population rows that add up, for an ageing town', () => {
      const rows = records(datasets.find((d) => d.id === 'population')!);
      let townTotal = 0;
      let aged = 0;
      for (const r of rows) {
        const n = (c: string): number => { assert.match(r[c]!, /^\d+$/, `${r.地域名} ${c}`); return Number(r[c]); };
        const males = BANDS.reduce((s, b) => s + n(`${b}の男性`), 0);
        const females = BANDS.reduce((s, b) => s + n(`${b}の女性`), 0);
        assert.equal(n('男性'), males, `${r.地域名} 男性`);
        assert.equal(n('女性'), females, `${r.地域名} 女性`);
        assert.equal(n('総人口'), n('男性') + n('女性'), `${r.地域名} 総人口`);
        assert.ok(n('世帯数') > 0 && n('世帯数') < n('総人口'));
        assert.equal(r.調査年月日, '2026-10-01');
        assert.ok(districts.some((d) => d.name === r.地域名), `${r.地域名} is a district`);
        townTotal += n('総人口');
        aged += BANDS.slice(13).reduce((s, b) => s + n(`${b}の男性`) + n(`${b}の女性`), 0);
      }
      assert.equal(new Set(rows.map((r) => r.地域コード)).size, rows.length, 'unique 地域コード');
      assert.ok(Math.abs(townTotal - town.population) / town.population < 0.03, `town total ${townTotal}`);
      const agedShare = aged / townTotal;
      assert.ok(agedShare > 0.3 && agedShare < 0.45, `65+ share ${agedShare}`);
    });

    it('lists events from December 2026 to March 2027', () => {
      for (const r of records(datasets.find((d) => d.id === 'event')!)) {
        assert.ok(r.開始日! >= '2026-12-01' && r.終了日! <= '2027-03-31' && r.開始日! <= r.終了日!, `${r.イベント名} ${r.開始日}..${r.終了日}`);
        assert.ok(r.場所名称 && r.説明 && r.開始時間 && r.終了時間);
        if (r.参加申込終了日) assert.ok(r.参加申込終了日 <= r.開始日!, `${r.イベント名} deadline before start`);
      }
    });
  });
}

describe('sampleOpenData', () => {
  it('returns nothing for other municipalities', () => {
    assert.equal(sampleOpenData('131016'), undefined);
    assert.equal(sampleOpenData('toString'), undefined);
  });
});
