import { ChoiceGroup, CsrfField, ErrorSummary, TextareaField, TextField, type FieldError } from '../views/form-fields.tsx';
import { CATEGORIES, UPDATE_FREQUENCIES } from './labels.ts';
import type { NewDatasetForm } from './new-dataset-input.ts';
import type { StandardDataset } from './standards/types.ts';

export function NewDatasetPage(props: { base: string; csrfToken: string; form: NewDatasetForm; errors: FieldError[]; standards: readonly StandardDataset[]; departments: { code: string; name: string }[] }) {
  const error = (field: string) => props.errors.find((e) => e.field === field)?.message;
  const { form } = props;
  return (
    <>
      <p class="back-link"><a href={`${props.base}/opendata`}>オープンデータの公開に戻る</a></p>
      <h1>データセットを追加する</h1>
      <ErrorSummary errors={props.errors} />
      <form method="post" action={`${props.base}/opendata/new`} novalidate>
        <CsrfField token={props.csrfToken} />
        <div class="field">
          <label for="standard">準拠する標準<span class="required">※必須</span></label>
          <span class="hint" id="standard-hint">自治体標準オープンデータセットに当てはまる場合は選んでください。列名と確認の規則が自動で決まります。当てはまらない場合は「標準なし（独自の列）」を選び、下で列を説明してください。</span>
          {error('standard') ? <p class="field-error" id="standard-error">{error('standard')}</p> : null}
          <select id="standard" name="standard" aria-describedby={error('standard') ? 'standard-hint standard-error' : 'standard-hint'}>
            <option value="">標準なし（独自の列）</option>
            {props.standards.map((s) => <option value={s.id} selected={form.standard === s.id}>{s.title}</option>)}
          </select>
        </div>
        <TextField id="title" label="データセットの名前" required value={form.title} error={error('title')} hint="例：バス停留所一覧" />
        <TextField id="slug" label="URLに使う名前（半角英小文字）" required value={form.slug} error={error('slug')} hint="ファイル名にもなります。例：bus_stop → 143421_bus_stop.csv。標準データセットでは標準の名前（例：public_toilet）を使ってください。" />
        <TextareaField id="description" label="説明" required value={form.description} error={error('description')} hint="どんなデータか、いつ時点の情報か、利用上の注意を書いてください。" maxLength={2000} />
        <TextField id="keywords" label="キーワード" value={form.keywords} error={error('keywords')} hint="読点（、）またはカンマで区切ってください。例：交通、バス" />
        <ChoiceGroup id="category" legend="分類" type="radio" required options={CATEGORIES.map((c) => ({ value: c.id, label: c.label }))} selected={[form.category]} error={error('category')} />
        <div class="field">
          <label for="department">担当課<span class="required">※必須</span></label>
          {error('department') ? <p class="field-error" id="department-error">{error('department')}</p> : null}
          <select id="department" name="department" aria-describedby={error('department') ? 'department-error' : undefined}>
            <option value="">選んでください</option>
            {props.departments.map((d) => <option value={d.code} selected={form.department === d.code}>{d.name}</option>)}
          </select>
        </div>
        <ChoiceGroup id="frequency" legend="更新頻度" type="radio" required options={Object.entries(UPDATE_FREQUENCIES).map(([value, label]) => ({ value, label }))} selected={[form.frequency]} error={error('frequency')} />
        <TextareaField id="columns" label="列の説明（標準なしの場合）" value={form.columns} error={error('columns')} hint="1行に1列ずつ、「列名：説明」の形で、ファイルの列の順に書いてください。例：停留所名：バス停の名前" maxLength={20000} />
        <button class="button" type="submit">データセットを追加する</button>
      </form>
    </>
  );
}
