/** A question staff reopen in a correction request (補正): a field, or a whole page (a repeating one). */
export interface RequestedField {
  page: string;
  pageTitle: string;
  /** Absent: the whole page. */
  field?: string;
  fieldLabel?: string;
}

/** 「申請する方：住所」, or the page's title for a whole page. */
export function requestedLabel(field: RequestedField): string {
  return field.field ? `${field.pageTitle}：${field.fieldLabel}` : `${field.pageTitle}（ページ全体）`;
}
