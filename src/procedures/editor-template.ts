/** What the editor offers when an admin adds a procedure: valid as it stands, listed for the counter only. */
export const NEW_PROCEDURE_TEMPLATE = JSON.stringify(
  {
    id: 'atarashii-tetsuzuki',
    title: '（手続きの名称）',
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
