export const APPLICATION_STATUSES = ['received', 'in_review', 'correction_requested', 'completed', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  received: '受付済',
  in_review: '審査中',
  correction_requested: '補正依頼',
  completed: '完了',
  rejected: '却下',
  withdrawn: '取下げ',
};

/** What the resident is told each status means. */
export const STATUS_EXPLANATIONS: Record<ApplicationStatus, string> = {
  received: '申請を受け付けました。担当者が確認を始めるまでお待ちください。',
  in_review: '担当者が申請内容を確認しています。',
  correction_requested: '申請内容に補正（修正や追加の書類）をお願いしています。下の依頼内容をご確認のうえ、回答してください。',
  completed: '手続きが完了しました。',
  rejected: '申請は却下されました。理由は下の履歴をご覧ください。',
  withdrawn: '申請を取り下げました。',
};

export const CLOSED_STATUSES: readonly ApplicationStatus[] = ['completed', 'rejected', 'withdrawn'];

export function isClosed(status: string): boolean {
  return (CLOSED_STATUSES as readonly string[]).includes(status);
}

export const CHANNEL_LABELS: Record<string, string> = { online: 'オンライン', counter: '窓口（書かない窓口）' };
