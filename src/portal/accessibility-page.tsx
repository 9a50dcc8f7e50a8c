import type { Language } from '../platform/i18n/languages.ts';

const TESTED_ON = { ja: '2026年（令和8年）11月', en: 'November 2026', easy: '2026年 11月' };

export const accessibilityTitle = {
  ja: 'ウェブアクセシビリティ方針',
  en: 'Web accessibility policy',
  easy: 'だれでも 使える ウェブサイトの 約束',
} satisfies Record<Language, string>;

/** The policy a municipality must publish: target level, scope and test results. */
export function AccessibilityPage(props: { language: Language; municipalityName: string; phone: string }) {
  if (props.language === 'en') return <EnglishPolicy {...props} />;
  if (props.language === 'easy') return <EasyPolicy {...props} />;
  return (
    <>
      <h1>{accessibilityTitle.ja}</h1>
      <p>
        {props.municipalityName}は、高齢の方や障害のある方を含め、誰もがこのサイトを利用して手続きや情報の入手ができるよう、ウェブアクセシビリティの確保と向上に取り組んでいます。
      </p>
      <h2>対象範囲</h2>
      <p>このサイト（住民向けポータル）の全てのページを対象とします。</p>
      <h2>目標とする適合レベル</h2>
      <p>日本産業規格 JIS X 8341-3:2016「高齢者・障害者等配慮設計指針—情報通信における機器，ソフトウェア及びサービス—第3部：ウェブコンテンツ」の適合レベル AA に準拠することを目標とします。あわせて WCAG 2.2 の適合レベル AA を目指します。</p>
      <h2>取組みの内容</h2>
      <ul>
        <li>全てのページは JavaScript を使わなくても利用できるようにしています。</li>
        <li>文字の大きさを「標準」「大」「特大」から選べます。ブラウザの拡大機能で 200% に拡大しても内容が欠けないようにしています。</li>
        <li>キーボードだけで操作でき、操作している場所がはっきり見えるようにしています。</li>
        <li>日本語のほか、English と、やさしい日本語で読めるページを用意しています。</li>
      </ul>
      <h2>試験の結果</h2>
      <p>{TESTED_ON.ja}に、自動試験ツール axe-core（WCAG 2.2 AA の達成基準）により全てのページを試験し、問題が検出されないことを確認しました。この試験は、サイトを更新するたびに自動で行っています。</p>
      <p>自動試験で確認できるのは達成基準の一部です。キーボード操作、画面の拡大、JavaScript を無効にした状態での操作は、職員が手作業で確認しています。</p>
      <h2>お気付きの点がありましたら</h2>
      <p>このサイトで利用しにくい点がありましたら、お電話（<a href={`tel:${props.phone}`}>{props.phone}</a>）でお知らせください。</p>
    </>
  );
}

function EnglishPolicy(props: { municipalityName: string; phone: string }) {
  return (
    <>
      <h1>{accessibilityTitle.en}</h1>
      <p>{props.municipalityName} works to make this site usable by everyone, including older people and people with disabilities.</p>
      <h2>Scope</h2>
      <p>All pages of this resident portal.</p>
      <h2>Target level</h2>
      <p>We aim to conform to JIS X 8341-3:2016 level AA, and to WCAG 2.2 level AA.</p>
      <h2>Test results</h2>
      <p>In {TESTED_ON.en}, every page was tested with the automated tool axe-core against the WCAG 2.2 AA success criteria and no issue was found. The test runs again whenever the site changes. Keyboard use, zoom and use without JavaScript are checked by hand.</p>
      <h2>Tell us</h2>
      <p>If anything on this site is hard to use, please call us at <a href={`tel:${props.phone}`}>{props.phone}</a>.</p>
    </>
  );
}

function EasyPolicy(props: { municipalityName: string; phone: string }) {
  return (
    <>
      <h1>{accessibilityTitle.easy}</h1>
      <p>{props.municipalityName}は、だれでも この ウェブサイトを 使えるように しています。</p>
      <ul>
        <li>字を 大きく できます。</li>
        <li>キーボードだけでも 使えます。</li>
        <li>English と やさしい日本語でも 読めます。</li>
      </ul>
      <p>{TESTED_ON.easy}に、機械で ぜんぶの ページを しらべました。もんだいは ありませんでした。</p>
      <p>使いにくい ところが あったら、電話で おしえてください。電話：<a href={`tel:${props.phone}`}>{props.phone}</a></p>
    </>
  );
}
