import type { ApplicationPdfInput } from '../application-pdf.ts';

const CIRCUMSTANCES = [
  '令和8年4月に夫の転勤に伴い横浜市から二宮町へ転入しました。転入前の横浜市では第1子・第2子について児童手当を受給しておりましたが、転出の際に受給事由消滅の届を提出済みです。',
  '夫は単身赴任のため現在は大阪市に住所がありますが、生計は同一であり、児童2人の養育は主に私（請求者）が行っております。所得は私の方が高いため、私を請求者としております。',
  '第2子は令和7年10月から町内の保育園（二宮町立あおば保育園）に通っております。第1子は二宮町立二宮小学校の3年生です。',
  '転入日から15日以内の申請となるよう準備しましたが、夫の所得証明書の取得に時間がかかり、申請が遅れました。必要であれば遅延理由書を提出いたしますので、ご連絡ください（平日の日中は携帯電話にお願いします）。',
];

/** A realistic 児童手当 認定請求 with three sections, used by the tests and the benchmark. */
export function childAllowanceApplication(options: { longAnswer?: boolean; sample?: boolean } = {}): ApplicationPdfInput {
  let circumstances = CIRCUMSTANCES.join('\n');
  if (options.longAnswer) {
    while (circumstances.length < 2000) circumstances += `\n${CIRCUMSTANCES.join('')}`;
    circumstances = circumstances.slice(0, 2000);
  }
  return {
    municipalityName: '二宮町',
    procedureTitle: '児童手当 認定請求',
    receiptNumber: 'A7K-3M9-Q2X',
    submittedAt: new Date('2026-11-24T05:05:00Z'),
    channel: 'online',
    sections: [
      {
        heading: '請求者',
        rows: [
          { label: '氏名', value: '二宮 花子' },
          { label: 'ふりがな', value: 'にのみや はなこ' },
          { label: '生年月日', value: '昭和61年4月12日' },
          { label: '住所', value: '〒259-0123 神奈川県中郡二宮町二宮1240番地の3 二宮ハイツ203号室' },
          { label: '電話番号', value: '090-1234-5678' },
          { label: '振込先口座', value: 'かながわ信用金庫 二宮支店 普通 1234567 ニノミヤ ハナコ' },
        ],
      },
      {
        heading: '配偶者',
        rows: [
          { label: '氏名', value: '二宮 太郎' },
          { label: '住所', value: '大阪府大阪市北区梅田1丁目1番1号（単身赴任先）' },
          { label: '加入している年金', value: '厚生年金' },
        ],
      },
      {
        heading: '児童・申立て事項',
        rows: [
          { label: '対象となる児童（1人目）', value: '二宮 一郎（平成29年6月3日生まれ・長男・同居）' },
          { label: '対象となる児童（2人目）', value: '二宮 葵（令和5年1月20日生まれ・長女・同居）' },
          { label: '請求に至った経緯（自由記述）', value: circumstances },
        ],
      },
    ],
    attachments: [
      { label: '請求者の健康保険証の写し', filename: 'hokensho.jpg' },
      { label: '振込先口座の通帳の写し', filename: 'tsucho_kanagawa_shinkin.pdf' },
    ],
    departmentName: '子育て・健康課 子育て支援班',
    contact: '電話 0463-71-3311（内線 231）\n受付時間 平日 8時30分〜17時15分',
    sampleNotice: options.sample ? 'これはデモ用のサンプルです' : undefined,
  };
}
