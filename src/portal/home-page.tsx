import type { Language } from '../platform/i18n/languages.ts';
import { homeText, serviceCards } from './home-messages.ts';

export function HomePage(props: { language: Language; municipalityName: string; base: string }) {
  const lang = props.language;
  return (
    <>
      <h1>{props.municipalityName}</h1>
      <p class="lead">{homeText.welcome[lang]}</p>
      <h2>{homeText.servicesHeading[lang]}</h2>
      <ul class="card-list">
        {serviceCards.map((card) => (
          <li class="card">
            <h3><a class="card-link" href={`${props.base}${card.path}`}>{card.title[lang]}</a></h3>
            <p>{card.description[lang]}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
