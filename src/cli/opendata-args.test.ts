import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseOpendataImport } from './opendata-args.ts';
import { UsageError } from './usage.ts';

const refused = (args: string[], message: RegExp) =>
  assert.throws(() => parseOpendataImport(args), (error: unknown) => error instanceof UsageError && message.test(error.message) && /yakuba opendata import/u.test(error.usage));

describe('the arguments of yakuba opendata import', () => {
  it('reads the options and the file', () => {
    assert.deepEqual(parseOpendataImport(['--municipality', '143421', '--dataset', ' aed ', '--publish', '--note', ' 更新しました。 ', 'a.csv']), {
      municipality: '143421', dataset: 'aed', dryRun: false, publish: true, note: '更新しました。', file: 'a.csv',
    });
    assert.deepEqual(parseOpendataImport(['a.csv', '--dry-run', '--municipality', '143421']), { municipality: '143421', dryRun: true, publish: false, note: '', file: 'a.csv' });
  });

  it('refuses wrong arguments in Japanese', () => {
    refused(['a.csv'], /^--municipality に全国地方公共団体コード/u);
    refused(['--municipality', 'ninomiya', 'a.csv'], /6桁の全国地方公共団体コード.*ninomiya/u);
    refused(['--municipality', '143421'], /^読み込むファイルを指定してください。$/u);
    refused(['--municipality', '143421', 'a.csv', 'b.csv'], /1回に1つだけ/u);
    refused(['--municipality', '143421', '--dry-run', '--publish', 'a.csv'], /同時に指定できません/u);
    refused(['--municipality', '143421', '--note', 'x', 'a.csv'], /--note は --publish と一緒に/u);
    refused(['--municipality', '143421', 'a.csv', '--dataset'], /^--dataset の値が正しくありません。値を続けて指定してください。$/u);
    refused(['--municipality', '143421', '--dry-run=yes', 'a.csv'], /^--dry-run の値が正しくありません。このオプションは値をとりません。$/u);
    refused(['--municipality', '143421', '-x', 'a.csv'], /^使えないオプションです：-x$/u);
  });
});
