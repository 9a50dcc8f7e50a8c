/** What the editor offers when an admin adds a procedure: valid as it stands, listed for the counter only. */
export const NEW_PROCEDURE_TEMPLATE = JSON.stringify(
  {
    id: 'atarashii-tetsuzuki',
    title: '（法令や様式での正式な名称）',
    plainTitle: '（住民に伝わる言葉で。例：児童手当を申請する）',
    keywords: ['（住民が探すときに使う言葉）'],
    category: 'kurashi',
    summary: '（どのような手続きかを1〜2文で）',
    audience: '（対象となる方）',
    bring: ['（用意するもの）'],
    fee: null,
    processingDays: 5,
    channels: { online: false, post: false, counter: true },
    howToApply: '（窓口の場所と受付時間）',
    department: 'chomin',
    assurance: 'low',
    retentionYears: 5,
    pages: [],
  },
  null,
  2,
);
