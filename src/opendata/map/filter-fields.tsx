import { ChoiceGroup } from '../../views/form-fields.tsx';
import type { FeatureGroup } from './filters.ts';
import { KINDS } from './kinds.ts';
import { DAY_CHOICES, kindsToShow, type MapQuery } from './map-query.ts';
import type { DistrictPoint, OriginResult } from './origin.ts';

export const ADDRESS_ERROR = '入力された住所に当てはまる地区が見つかりませんでした。「山西」のように地区の名前を含めて入力するか、地区を選んでください。';
export const TIME_ERROR = '時刻は「18:30」のように、時と分を「:」で区切って入力してください。';

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/** Where the list is sorted from: a district, a typed address, or (with JavaScript) the resident's location. */
export function OriginFields(props: { districts: DistrictPoint[]; query: MapQuery; result: OriginResult; townExample: string }) {
  const { origin, addressUnmatched } = props.result;
  const here = origin?.source === 'location';
  return (
    <fieldset class="map-fieldset">
      <legend>どこから近い順に並べますか</legend>
      <div class="field">
        <label for="district">地区</label>
        <select id="district" name="district">
          {here ? <option value="" selected>現在地</option> : null}
          {props.districts.map((d) => <option value={d.name} selected={!here && origin?.district === d.name}>{d.name}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="address">住所で探す<span class="optional">※任意</span></label>
        <span class="hint" id="address-hint">地区の名前を含めて入力してください（例：{props.townExample}）。</span>
        {addressUnmatched ? <p class="field-error" id="address-error">{ADDRESS_ERROR}</p> : null}
        <input id="address" name="address" type="text" autocomplete="street-address" value={addressUnmatched ? props.query.address : ''} aria-invalid={addressUnmatched ? 'true' : undefined} aria-describedby={describedBy('address-hint', addressUnmatched && 'address-error')} />
      </div>
      {here ? (
        <>
          <input type="hidden" name="lat" value={props.query.lat} />
          <input type="hidden" name="lon" value={props.query.lon} />
        </>
      ) : null}
      <div class="map-locate" data-map-locate hidden>
        <button type="button" class="button button-secondary" data-map-locate-button aria-describedby="locate-hint">現在地から探す</button>
        <span class="hint" id="locate-hint">いまいる場所から近い順に並べます。位置情報は並べ替えにだけ使います。</span>
        <p class="map-locate-status" role="status" data-map-locate-status></p>
      </div>
    </fieldset>
  );
}

export function FeatureFields(props: { group: FeatureGroup; selected: readonly string[] }) {
  const { group } = props;
  return <ChoiceGroup id={group.param} legend={group.legend} type="checkbox" hint={group.hint} options={group.options.map((o) => ({ value: o.id, label: o.label }))} selected={props.selected} />;
}

const dayLabel = (day: string, today: string) => (day === '' ? `今日（${today}）` : day === '祝' ? '祝日' : `${day}曜日`);

/** AED: the day and time to check, and whether to keep only the AEDs usable then. */
export function AedFields(props: { query: MapQuery; today: string; timeInvalid: boolean }) {
  const { query, timeInvalid } = props;
  return (
    <fieldset class="map-fieldset" aria-describedby="when-hint">
      <legend>AEDを使う日時</legend>
      <span class="hint" id="when-hint">何も選ばないときは、いまの日時で調べます。一覧の各AEDに、その日時に使えるかどうかを表示します。</span>
      <div class="field">
        <label for="day">曜日</label>
        <select id="day" name="day">
          {DAY_CHOICES.map((day) => <option value={day} selected={query.day === day}>{dayLabel(day, props.today)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="time">時刻<span class="optional">※任意</span></label>
        <span class="hint" id="time-hint">例：18:30（空欄のときは、いまの時刻）</span>
        {timeInvalid ? <p class="field-error" id="time-error">{TIME_ERROR}</p> : null}
        <input id="time" name="time" type="text" inputmode="numeric" autocomplete="off" class="input-short" value={query.time} aria-invalid={timeInvalid ? 'true' : undefined} aria-describedby={describedBy('time-hint', timeInvalid && 'time-error')} />
      </div>
      <div class="choice">
        <input type="checkbox" id="usable" name="usable" value="1" checked={query.usableOnly} />
        <label for="usable">この日時に使えるAEDだけを表示する</label>
      </div>
    </fieldset>
  );
}

export function KindFields(props: { query: MapQuery }) {
  const shown = kindsToShow(props.query);
  return <ChoiceGroup id="kind" legend="探す施設の種類" type="checkbox" hint="選んだ種類の施設を、まとめて近い順に表示します。" options={KINDS.map((k) => ({ value: k.id, label: k.label }))} selected={shown} />;
}
