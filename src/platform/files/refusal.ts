export type RefusalReason =
  | 'too_large'
  | 'empty'
  | 'type_not_allowed'
  | 'malformed'
  | 'too_many_pages'
  | 'too_many_pixels'
  | 'encrypted'
  | 'busy'
  | 'check_failed';

export interface RefusedFile {
  ok: false;
  reason: RefusalReason;
  /** Shown to the resident as is: plain Japanese, nothing taken from the upload itself. */
  message: string;
  /** For the operator's log when a decoder failed; never shown to the resident. */
  detail?: string;
}

export interface ResolvedLimits {
  maxBytes: number;
  maxPixels: number;
  maxPdfPages: number;
}

const MB = 1024 * 1024;

function megabytes(bytes: number): string {
  const value = bytes / MB;
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function messageFor(reason: RefusalReason, limits: ResolvedLimits): string {
  switch (reason) {
    case 'too_large':
      return `ファイルが大きすぎます（上限${megabytes(limits.maxBytes)}MB）。写真は画質を下げるか、PDFはいくつかのファイルに分けてお送りください。`;
    case 'empty':
      return 'ファイルの中身が空です。ファイルを選び直して、もう一度お送りください。';
    case 'type_not_allowed':
      return 'このファイルの形式は受け付けられません。PDF、JPEG、PNG、HEIC（iPhoneの写真）のいずれかでお送りください。';
    case 'malformed':
      return 'ファイルが壊れているか、読み取れませんでした。お手元でファイルが開けることを確かめてから、もう一度お送りください。';
    case 'too_many_pages':
      return `PDFのページ数が多すぎます（上限${limits.maxPdfPages}ページ）。いくつかのファイルに分けてお送りください。`;
    case 'too_many_pixels':
      return '画像の縦横の大きさが大きすぎます。画像を縮小するか、カメラの画質の設定を下げて撮り直してからお送りください。';
    case 'encrypted':
      return 'パスワードがかかったPDFは受け付けられません。パスワードを外したPDFをお送りください。';
    case 'busy':
      return 'ただいま混み合っているため、ファイルを確認できませんでした。時間をおいて、もう一度添付してください。';
    case 'check_failed':
      return 'ファイルを確認する途中で処理が止まりました。ファイルが大きすぎるか、壊れている可能性があります。画質を下げるか、ファイルを分けて、もう一度添付してください。';
  }
}

export function refuse(reason: RefusalReason, limits: ResolvedLimits): RefusedFile {
  return { ok: false, reason, message: messageFor(reason, limits) };
}

/** A decoder's way to say "refuse with this reason" from deep inside a conversion. */
export class Refusal extends Error {
  constructor(readonly reason: RefusalReason) {
    super(reason);
    this.name = 'Refusal';
  }
}
