import { formatBothCalendars, formatDateTime } from '../platform/calendar/japanese-dates.ts';
import { legalNameOf, plainTitleOf } from '../forms/procedure-names.ts';
import { isLanguage } from '../platform/i18n/languages.ts';
import { untranslatedMailLines } from '../platform/i18n/mail-language.ts';

/**
 * The words of the mail residents get about an application, in the same terms and date formats as
 * the pages (和暦 with 西暦). Each mail names the procedure on its own line, so no sentence has to
 * bend a title into grammar (no 「申請の申請」).
 */
export interface MailApplication {
  procedureTitle: string;
  procedurePlainTitle?: string | null;
  receiptNumber: string;
  submittedAt: Date;
}

export function applicationLines(a: MailApplication): string[] {
  const names = { title: a.procedureTitle, plainTitle: a.procedurePlainTitle };
  const legal = legalNameOf(names);
  return [
    `手続き：${plainTitleOf(names)}`,
    ...(legal ? [`（正式名称：${legal}）`] : []),
    `受付番号：${a.receiptNumber}`,
    `受付日時：${formatDateTime(a.submittedAt)}`,
  ];
}

/** 処理の目安 as the confirmation page words it. */
export function dueDateLine(dueDate: string, processingDays: number): string {
  return `処理の目安：${formatBothCalendars(dueDate)}ごろ（土日祝日・年末年始を除く${processingDays}日）`;
}

export function statusLinkLine(statusUrl: string | undefined): string[] {
  return statusUrl ? ['', `申請の状況は、マイページで確認できます：${statusUrl}`] : [];
}

export function mailFooter(municipalityName: string): string[] {
  return ['', municipalityName, '※このメールは送信専用のアドレスからお送りしています。ご返信いただいてもお答えできません。'];
}

/** For a resident who applied in English or やさしい日本語: the lines that say, in it, that the mail is in Japanese. */
export function languageLines(language: string | undefined, town: { nameJa: string; nameEn?: string }): string[] {
  return isLanguage(language) ? untranslatedMailLines(language, { nameJa: town.nameJa, nameEn: town.nameEn ?? town.nameJa }) : [];
}
