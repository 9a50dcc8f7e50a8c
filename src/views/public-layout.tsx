import type { Child } from 'hono/jsx';
import { LANGUAGE_LABELS, htmlLang, type Language } from '../platform/i18n/languages.ts';
import { layoutText } from '../platform/i18n/layout-messages.ts';
import type { TextSize } from '../platform/http/app-env.ts';
import type { Municipality } from '../platform/tenancy/municipality.ts';
import { PageFrame } from './page-frame.tsx';
import { municipalityName } from './municipality-name.ts';

export interface PublicPageProps {
  municipality: Municipality;
  base: string;
  language: Language;
  textSize: TextSize;
  /** Path of this page without the tenant prefix, for the language and text-size links. */
  path: string;
  title: string;
  /** The language of the page's own text: Japanese where it is not yet written in the chosen one. */
  contentLanguage: Language;
  /** A resident is signed in: the header offers マイページ instead of サインイン. */
  signedIn?: boolean;
  scripts?: string[];
  csrfToken?: string;
  children: Child;
}

export function PublicLayout(props: PublicPageProps) {
  const { municipality: m, language: lang, base } = props;
  const name = municipalityName(m, lang);
  return (
    <PageFrame lang={htmlLang(lang)} title={`${props.title}｜${name}`} textSize={props.textSize} skipLinkText={layoutText(lang, 'skipLink')} themeHref={`/theme/${m.code}.css`} scripts={props.scripts} csrfToken={props.csrfToken}>
      <header class="site-header">
        <div class="container header-inner">
          <a class="site-name" href={`${base}/`}>
            {m.logoSvg ? <span class="site-logo" aria-hidden="true" dangerouslySetInnerHTML={{ __html: m.logoSvg }} /> : null}
            <span>{name}</span>
          </a>
          <div class="header-tools header-wide">
            <HeaderTools {...props} />
          </div>
          <details class="header-menu">
            <summary>{layoutText(lang, 'menu')}</summary>
            <div class="header-menu-panel">
              <HeaderTools {...props} />
            </div>
          </details>
        </div>
      </header>
      <main id="main" class="container" tabindex={-1}>
        {props.contentLanguage === lang ? (
          props.children
        ) : (
          <>
            <p class="notice untranslated" lang={htmlLang(lang)}>{layoutText(lang, 'untranslated')}</p>
            <div lang={htmlLang(props.contentLanguage)}>{props.children}</div>
          </>
        )}
      </main>
      <PublicFooter municipality={m} base={base} language={lang} />
    </PageFrame>
  );
}

/** The account link and the language and text-size choices: in the header on wide screens, behind 「メニュー」 on narrow ones and at 200 % zoom. */
function HeaderTools(props: PublicPageProps) {
  const { language: lang, base } = props;
  return (
    <>
      <nav class="switch" aria-label={layoutText(lang, 'account')}>
        <ul>
          <li>
            {props.signedIn ? <a href={`${base}/mypage`}>{layoutText(lang, 'mypage')}</a> : <a href={`${base}/login`}>{layoutText(lang, 'signIn')}</a>}
          </li>
        </ul>
      </nav>
      <LanguageSwitch {...props} />
      <TextSizeSwitch {...props} />
    </>
  );
}

function LanguageSwitch(props: PublicPageProps) {
  const offered = props.municipality.languages;
  if (offered.length < 2) return null;
  return (
    <nav class="switch" aria-label={layoutText(props.language, 'language')}>
      <ul>
        {offered.map((language) => (
          <li>
            {language === props.language ? (
              <span class="switch-current" aria-current="true" lang={htmlLang(language)}>{LANGUAGE_LABELS[language]}</span>
            ) : (
              <a href={settingHref(props, 'language', language)} lang={htmlLang(language)}>{LANGUAGE_LABELS[language]}</a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function TextSizeSwitch(props: PublicPageProps) {
  const sizes = [
    ['standard', layoutText(props.language, 'textStandard')],
    ['large', layoutText(props.language, 'textLarge')],
    ['xlarge', layoutText(props.language, 'textXLarge')],
  ] as const;
  return (
    <nav class="switch" aria-label={layoutText(props.language, 'textSize')}>
      <span class="switch-label" aria-hidden="true">{layoutText(props.language, 'textSize')}</span>
      <ul>
        {sizes.map(([size, label]) => (
          <li>
            {size === props.textSize ? (
              <span class="switch-current" aria-current="true">{label}</span>
            ) : (
              <a href={settingHref(props, 'text-size', size)}>{label}</a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function settingHref(props: PublicPageProps, setting: string, value: string): string {
  const query = new URLSearchParams({ value, return: props.path });
  return `${props.base}/settings/${setting}?${query.toString()}`;
}

function PublicFooter(props: { municipality: Municipality; base: string; language: Language }) {
  const { municipality: m, language: lang } = props;
  return (
    <footer class="site-footer">
      <div class="container">
        <h2 class="footer-title">{municipalityName(m, lang)}</h2>
        <address>
          〒{m.postalCode} {m.address}
          <br />
          {layoutText(lang, 'phone')}：<a href={`tel:${m.phone}`}>{m.phone}</a>
          <br />
          {layoutText(lang, 'openingHours')}：{m.openingHours}
        </address>
        <ul class="footer-links">
          <li><a href={`${props.base}/accessibility`}>{layoutText(lang, 'accessibility')}</a></li>
          {m.website ? <li><a href={m.website}>{layoutText(lang, 'officialSite')}</a></li> : null}
        </ul>
        <p class="powered-by">{layoutText(lang, 'poweredBy')}</p>
      </div>
    </footer>
  );
}
