/** Words staff read instead of internal codes; an unknown code is shown as it is. */
const ACTION_LABELS: Record<string, string> = {
  'staff.created': '職員アカウントの作成',
  'staff.sign_in_failed': 'サインインの失敗',
  'staff.signed_in': 'サインイン',
  'staff.signed_out': 'サインアウト',
  'staff.totp_enrolled': '二要素認証の登録',
  'job.retried': '失敗した処理の再実行',
};

const JOB_KIND_LABELS: Record<string, string> = {
  'mail.deliver': 'メール送信',
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export function jobKindLabel(kind: string): string {
  return JOB_KIND_LABELS[kind] ?? kind;
}
