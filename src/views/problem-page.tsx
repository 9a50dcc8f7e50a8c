import { PageFrame } from './page-frame.tsx';

export interface ProblemPageProps {
  title: string;
  paragraphs: string[];
  links: { href: string; label: string }[];
  siteName?: string;
  themeHref?: string;
}

/** 404, 500 and refused-form pages: plain Japanese and a way forward, never a stack trace. */
export function ProblemPage(props: ProblemPageProps) {
  return (
    <PageFrame lang="ja" title={props.siteName ? `${props.title}｜${props.siteName}` : props.title} textSize="standard" themeHref={props.themeHref}>
      <header class="site-header">
        <div class="container header-inner">
          <span class="site-name">{props.siteName ?? 'Yakuba'}</span>
        </div>
      </header>
      <main id="main" class="container" tabindex={-1}>
        <h1>{props.title}</h1>
        {props.paragraphs.map((text) => <p>{text}</p>)}
        <ul>
          {props.links.map((link) => (
            <li><a href={link.href}>{link.label}</a></li>
          ))}
        </ul>
      </main>
    </PageFrame>
  );
}
