/**
 * Words staff read instead of internal codes. A code without a label yet is shown as
 * 「その他の操作」 with the code beside it in small type, so support can still tell what it was.
 */
const ACTION_LABELS: Record<string, string> = {
  // 職員アカウント
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
  'staff.passkey_added': 'パスキーの登録',
  'staff.passkey_removed': 'パスキーの削除',
  // 住民
  'resident.signed_in': '住民のサインイン',
  'resident.sign_in_failed': '住民のサインインの失敗',
  'resident.signed_out': '住民のサインアウト',
  'resident.session_ended': '住民がほかの端末のサインインを終了',
  'resident.signed_out_elsewhere': '住民がほかのすべての端末からサインアウト',
  'resident.step_up': 'マイナンバーカードによる本人確認',
  'resident.passkey_added': '住民のパスキーの登録',
  'resident.passkey_removed': '住民のパスキーの削除',
  'resident.profile_updated': '住民の登録情報の変更',
  'resident.individual_number_refused': '個人番号の入力を拒否',
  'resident.data_exported': '住民による自分のデータのダウンロード',
  'resident.deleted': '住民のアカウントの削除',
  // 申請
  'case.view': '申請の閲覧',
  'case.print': '申請の印刷',
  'case.view_attachment': '添付ファイルの閲覧',
  'case.take': '申請の担当',
  'case.assign': '担当者の変更',
  'case.request_correction': '補正の依頼',
  'case.complete': '申請の完了',
  'case.reject': '申請の却下',
  'case.note': '内部メモの記録',
  'case.counter_intake': '窓口での申請の受付',
  'case.export': '申請データの書き出し',
  'case.personal_data_deleted': '保存期間を過ぎた個人情報の削除',
  // 手続き・オープンデータ・運用
  'procedure.save_version': '手続きの新しい版の保存',
  'procedure.publish': '手続きの公開',
  'procedure.unpublish': '手続きの公開の停止',
  'opendata.dataset_created': 'データセットの作成',
  'opendata.upload_checked': 'オープンデータのファイルの確認',
  'opendata.published': 'オープンデータの公開',
  'job.retried': '失敗した処理の再実行',
};

const JOB_KIND_LABELS: Record<string, string> = {
  'mail.deliver': 'メール送信',
  'audit.checkpoint': '監査記録のチェックポイント',
  'cases.retention': '保存期間を過ぎた個人情報の削除（毎晩）',
  'procedures.draft_cleanup': '期限切れの申請の下書きの削除（毎晩）',
  'cases.search_text': '申請を検索するための情報の作成（毎晩）',
  'platform.outbox_purge': '送信済みメールと完了した処理の記録の削除（毎晩）',
};

const MAIL_STATUS_LABELS: Record<string, string> = {
  queued: '送信待ち',
  sent: '送信済み',
  failed: '送信できませんでした',
  dev_outbox: '開発用送信箱に保管（実際には送信していません）',
};

const ACTOR_LABELS: Record<string, string> = { staff: '職員', resident: '住民', system: 'システム' };

export function actionLabel(action: string): string | undefined {
  return ACTION_LABELS[action];
}

export function jobKindLabel(kind: string): string | undefined {
  return JOB_KIND_LABELS[kind];
}

export function mailStatusLabel(status: string): string {
  return MAIL_STATUS_LABELS[status] ?? '不明な状態';
}

/** Who did it: a staff member by name, or 住民 / システム; never an id. */
export function actorLabel(actorType: string, actorId: string | null, staffNames: Map<string, string>): string {
  if (actorType === 'staff' && actorId) return `職員（${staffNames.get(actorId) ?? '削除された職員'}）`;
  return ACTOR_LABELS[actorType] ?? 'その他';
}

/**
 * What it was done to, in words: a staff member's name, a procedure's or dataset's title (from
 * `targets`), or as recorded (受付番号, a count); a resident is not named.
 */
export function targetLabel(target: string | null, names: { staff: Map<string, string>; targets: Map<string, string> }): string {
  if (!target) return '—';
  const known = names.targets.get(target);
  if (known) return known;
  const colon = target.indexOf(':');
  const [kind, id] = colon > 0 ? [target.slice(0, colon), target.slice(colon + 1)] : ['', target];
  if (kind === 'staff') return `職員（${names.staff.get(id) ?? '削除された職員'}）`;
  if (kind === 'resident') return '住民のアカウント';
  if (kind === 'job') return `バックグラウンド処理（番号 ${id}）`;
  if (kind === 'dataset') return '削除されたデータセット';
  return target;
}
