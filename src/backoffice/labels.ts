/** Words staff read instead of internal codes; an unknown code is shown as it is. */
const ACTION_LABELS: Record<string, string> = {
  'staff.created': '職員アカウントの作成',
  'staff.sign_in_failed': 'サインインの失敗',
  'staff.signed_in': 'サインイン',
  'staff.signed_out': 'サインアウト',
  'staff.totp_enrolled': '二要素認証の登録',
  'staff.disabled': 'アカウントの無効化',
  'staff.enabled': 'アカウントの有効化',
  'staff.role_changed': '役割の変更',
  'staff.departments_changed': '所属課の変更',
  'staff.second_factor_reset': '二要素認証のリセット',
  'staff.recovery_code_used': '回復コードでのサインイン',
  'staff.signed_out_everywhere': 'すべての端末からのサインアウト',
  'staff.unlocked': 'ロックの解除',
  'job.retried': '失敗した処理の再実行',
};

const JOB_KIND_LABELS: Record<string, string> = {
  'mail.deliver': 'メール送信',
  'audit.checkpoint': '監査記録のチェックポイント',
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export function jobKindLabel(kind: string): string {
  return JOB_KIND_LABELS[kind] ?? kind;
}
