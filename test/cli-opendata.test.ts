import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCliDatabase, runYakuba, type CliDatabase, type CliResult } from './cli-runner.ts';

const fixture = (name: string) => `test/fixtures/opendata/${name}`;
const TOWN = ['--municipality', '143421'];

/** Output a person can read: Japanese, and never a stack trace. */
function assertPlain(result: CliResult): void {
  assert.doesNotMatch(result.stdout + result.stderr, /^\s+at |Error:|node:internal/mu, 'no stack trace');
}

describe('yakuba opendata import', () => {
  let database: CliDatabase;
  const yakuba = (...args: string[]) => runYakuba(['opendata', 'import', ...args], database.env);
  const uploads = async (slug: string) =>
    database.query<{ file_name: string; publishable: boolean; uploaded_by: string | null; published_version: number | null; columns: string[] | null }>(
      `select u.file_name, (u.result->>'publishable')::boolean as publishable, u.uploaded_by, u.published_version, u."table"->'columns' as columns
       from dataset_uploads u join datasets d on d.id = u.dataset_id where d.slug = $1 and d.municipality_code = '143421' order by u.created_at`,
      [slug],
    );

  before(async () => {
    database = await createCliDatabase('yakuba-opendata');
    const seeded = await runYakuba(['seed'], database.env);
    assert.equal(seeded.code, 0, seeded.stderr);
  });
  after(() => database.close());

  it('recognises a Shift_JIS file with CRLF as the AED list by its headers and stores it for publishing, as the upload page does', async () => {
    const result = await yakuba(...TOWN, fixture('aed-sjis-crlf.csv'));
    assertPlain(result);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /（文字コード：Shift_JIS、改行：CRLF）/u);
    assert.match(result.stdout, /^データセット：「AED設置箇所一覧」（aed）。見出しから判断しました（一致度100%、見出し15列のうち15列がこのデータセットの列。次点：/mu);
    assert.match(result.stdout, /^読み込んだ行数：3行$/mu);
    assert.match(result.stdout, /確認済みのファイルとして登録しました。バックオフィスで内容を確かめて公開してください：http:\/\/localhost:\d+\/m\/143421\/opendata\/aed\/uploads\/[0-9a-f-]{36}$/mu);
    const [stored] = await uploads('aed');
    assert.deepEqual({ ...stored, columns: stored!.columns?.[0] }, { file_name: 'aed-sjis-crlf.csv', publishable: true, uploaded_by: null, published_version: null, columns: '全国地方公共団体コード' });
  });

  it('reads UTF-8 with a BOM, and tells 公共施設一覧 from 観光施設一覧 by the spelling of the headers', async () => {
    const result = await yakuba(...TOWN, fixture('public-facility-utf8-bom.csv'));
    assertPlain(result);
    assert.equal(result.code, 0, result.stdout);
    assert.match(result.stdout, /（文字コード：UTF-8（BOM付き）、改行：CRLF）/u);
    assert.match(result.stdout, /^データセット：「公共施設一覧」（public_facility）。見出しから判断しました.*列名の書き方がこのデータセットのものです/mu);
    assert.equal((await uploads('public_facility')).length, 1);
  });

  it('reads UTF-8 without a BOM and, with --publish, publishes it as the next version', async () => {
    const result = await yakuba(...TOWN, '--dataset', 'preschool', '--publish', '--note', '令和8年12月1日時点の情報です。', fixture('preschool-utf8.csv'));
    assertPlain(result);
    assert.equal(result.code, 0, result.stdout);
    assert.match(result.stdout, /（文字コード：UTF-8（BOMなし）、改行：LF）/u);
    assert.match(result.stdout, /^データセット（--dataset で指定）：「子育て施設一覧」（preschool）$/mu);
    assert.match(result.stdout, /第2版として公開しました。/u);
    const [version] = await database.query<{ version: number; note: string; row_count: number }>(
      `select v.version, v.note, v.row_count from dataset_versions v join datasets d on d.id = v.dataset_id and d.published_version = v.version where d.slug = 'preschool' and d.municipality_code = '143421'`,
    );
    assert.deepEqual(version, { version: 2, note: '令和8年12月1日時点の情報です。', row_count: 2 });
    assert.equal((await uploads('preschool'))[0]!.published_version, 2);
  });

  it('recognises a 2019 推奨データセット layout with a 「―」 in a header, converts it to the current columns and reports each mapping', async () => {
    const result = await yakuba(...TOWN, fixture('toilets-2019-sjis.csv'));
    assertPlain(result);
    assert.equal(result.code, 0, result.stdout);
    assert.match(result.stdout, /^データセット：「公衆トイレ一覧」（public_toilet）。見出しから判断しました/mu);
    assert.match(result.stdout, /2019年の推奨データセットの形式（旧形式）のファイルです。/u);
    for (const line of [
      '都道府県コード又は市区町村コード → 全国地方公共団体コード（旧形式の列名）',
      'NO → ID（旧形式の列名）',
      '市区町村名 → 地方公共団体名（旧形式の列名）',
      '住所 → 所在地_連結表記（旧形式の列名）',
      '方書 → 建物名等(方書)（旧形式の列名）',
      'バリアフリ―トイレ数 → バリアフリートイレ数',
      '都道府県名 → 地方公共団体名（「市区町村名」が空欄の行に使います。この列そのものは公開するデータに含めません）',
    ]) {
      assert.ok(result.stdout.includes(`\n  ${line}\n`), line);
    }
    assert.match(result.stdout, /^標準にない列（公開するデータの末尾に、この見出しのまま残します）：管理課$/mu);
    assert.match(result.stdout, /^ファイルにない標準の列（空の列として含めます）：17列（所在地_全国地方公共団体コード、/mu);
    const columns = (await uploads('public_toilet')).at(-1)!.columns!;
    assert.deepEqual(columns.slice(0, 3), ['全国地方公共団体コード', 'ID', '地方公共団体名']);
    assert.ok(columns.includes('バリアフリートイレ数') && !columns.includes('都道府県名') && columns.at(-1) === '管理課');
  });

  it('refuses a file with cell errors: exit code 1, one line per problem by row and column, and a summary', async () => {
    const before = (await uploads('public_toilet')).length;
    const result = await yakuba(...TOWN, fixture('toilets-errors.csv'));
    assertPlain(result);
    assert.equal(result.code, 1);
    const lines = result.stdout.split('\n');
    assert.ok(lines.includes('[エラー] 3行目・C列「名称」：必須の項目が空です。値を入れてください。'), result.stdout);
    assert.ok(lines.some((line) => line.startsWith('[エラー] 4行目・F列「緯度」：緯度「135.29」は日本の範囲')));
    assert.ok(lines.some((line) => line.startsWith('[エラー] 4行目・H列「利用開始時間」：「朝から」は時刻として読めません。')));
    assert.match(result.stdout, /^結果：エラー3件、注意0件。このファイルは公開できません。確認結果を保存しました（公開中のデータは変わりません）/mu);
    const after = await uploads('public_toilet');
    assert.equal(after.length, before + 1, 'the report is kept, as the upload page keeps it');
    assert.equal(after.at(-1)!.publishable, false);
  });

  it('stores nothing with --dry-run', async () => {
    const count = async () => Number((await database.query<{ n: string }>('select count(*) as n from dataset_uploads'))[0]!.n);
    const before = await count();
    const checked = await yakuba(...TOWN, '--dry-run', fixture('aed-sjis-crlf.csv'));
    assert.equal(checked.code, 0);
    assert.match(checked.stdout, /^結果：エラーも注意もありません。--dry-run のため、何も保存していません。$/mu);
    const refused = await yakuba(...TOWN, '--dry-run', fixture('toilets-errors.csv'));
    assert.equal(refused.code, 1, 'a file with errors is refused in a dry run too');
    assert.equal(await count(), before);
  });

  it('refuses with exit code 1 a file that fits no dataset, and says what to do', async () => {
    const result = await yakuba(...TOWN, fixture('stockpile.csv'));
    assertPlain(result);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /どのデータセットのファイルか判断できませんでした。/u);
    assert.match(result.stdout, /--dataset で登録先を指定してください/u);
  });

  it('refuses wrong arguments with exit code 2 and a clear message', async () => {
    const cases: [string[], RegExp][] = [
      [['--municipality', '999999', fixture('aed-sjis-crlf.csv')], /全国地方公共団体コード 999999 の団体は、この環境に登録されていません。登録されている団体：143413（大磯町）、143421（二宮町）/u],
      [[...TOWN, 'test/fixtures/opendata/no-such-file.csv'], /ファイルが見つかりません：test\/fixtures\/opendata\/no-such-file\.csv/u],
      [[...TOWN, '--force', fixture('aed-sjis-crlf.csv')], /使えないオプションです：--force/u],
      [[...TOWN, '--dataset', 'bus', fixture('aed-sjis-crlf.csv')], /--dataset「bus」に当たるデータセットがありません。二宮町のデータセット：aed（AED設置箇所一覧）/u],
    ];
    for (const [args, message] of cases) {
      const result = await yakuba(...args);
      assertPlain(result);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, message, args.join(' '));
      assert.match(result.stderr, /yakuba opendata import --municipality CODE/u);
      assert.equal(result.stdout, '');
    }
  });
});
