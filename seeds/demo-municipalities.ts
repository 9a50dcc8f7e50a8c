import type { Municipality } from '../src/platform/tenancy/municipality.ts';

function emblem(letter: string, colour: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" focusable="false"><circle cx="20" cy="20" r="19" fill="#ffffff"/><text x="20" y="27" text-anchor="middle" font-size="20" font-weight="700" fill="${colour}">${letter}</text></svg>`;
}

/** Demo tenants: 二宮町 (the first user) and its neighbour 大磯町. Contact details are the towns' public ones. */
export const demoMunicipalities: Municipality[] = [
  {
    code: '143421',
    nameJa: '二宮町',
    nameKana: 'にのみやまち',
    nameEn: 'Ninomiya Town',
    prefecture: '神奈川県',
    postalCode: '259-0196',
    address: '神奈川県中郡二宮町二宮961番地',
    phone: '0463-71-3311',
    email: null,
    website: 'https://www.town.ninomiya.kanagawa.jp/',
    openingHours: '平日 8時30分〜17時15分（土日祝日・年末年始を除く）',
    primaryColor: '#1d5e3a',
    logoSvg: emblem('二', '#1d5e3a'),
    languages: ['ja', 'en', 'easy'],
    hosts: ['ninomiya.localhost'],
  },
  {
    code: '143413',
    nameJa: '大磯町',
    nameKana: 'おおいそまち',
    nameEn: 'Oiso Town',
    prefecture: '神奈川県',
    postalCode: '255-8555',
    address: '神奈川県中郡大磯町東小磯183番地',
    phone: '0463-61-4100',
    email: null,
    website: 'https://www.town.oiso.kanagawa.jp/',
    openingHours: '平日 8時30分〜17時15分（土日祝日・年末年始を除く）',
    primaryColor: '#0b4f8a',
    logoSvg: emblem('磯', '#0b4f8a'),
    languages: ['ja', 'en'],
    hosts: ['oiso.localhost'],
  },
];

/** Demo departments (課) that handle the procedures of later issues. */
export const demoDepartments = [
  { municipalityCode: '143421', code: 'seisaku', nameJa: '政策総務課' },
  { municipalityCode: '143421', code: 'chomin', nameJa: '町民課' },
  { municipalityCode: '143421', code: 'kosodate', nameJa: '子育て・健康課' },
  { municipalityCode: '143421', code: 'kaigo', nameJa: '高齢介護課' },
  { municipalityCode: '143421', code: 'bousai', nameJa: '防災安全課' },
  { municipalityCode: '143413', code: 'chomin', nameJa: '町民課' },
  { municipalityCode: '143413', code: 'kosodate', nameJa: '子育て支援課' },
  { municipalityCode: '143413', code: 'fukushi', nameJa: '福祉課' },
] as const;

/** Demo staff sign-in printed at start; each must enrol a second factor at first sign-in. */
export const demoStaff = [
  { municipalityCode: '143421', email: 'admin@ninomiya.example.jp', displayName: '二宮 太郎', role: 'admin', password: 'ninomiya-demo-2026', departments: ['seisaku'] },
  { municipalityCode: '143421', email: 'staff@ninomiya.example.jp', displayName: '湘南 花子', role: 'staff', password: 'ninomiya-demo-2026', departments: ['kosodate'] },
  { municipalityCode: '143421', email: 'head@ninomiya.example.jp', displayName: '吾妻 一郎', role: 'section_head', password: 'ninomiya-demo-2026', departments: ['kosodate'] },
  { municipalityCode: '143421', email: 'madoguchi@ninomiya.example.jp', displayName: '国府 さくら', role: 'staff', password: 'ninomiya-demo-2026', departments: ['chomin'] },
  { municipalityCode: '143421', email: 'koreikaigo@ninomiya.example.jp', displayName: '百合ケ丘 健', role: 'staff', password: 'ninomiya-demo-2026', departments: ['kaigo'] },
  { municipalityCode: '143421', email: 'publisher@ninomiya.example.jp', displayName: '袖ケ浦 葵', role: 'publisher', password: 'ninomiya-demo-2026', departments: ['seisaku'] },
  { municipalityCode: '143413', email: 'admin@oiso.example.jp', displayName: '大磯 次郎', role: 'admin', password: 'oiso-demo-2026', departments: ['chomin'] },
] as const;
