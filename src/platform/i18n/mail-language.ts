import type { Language } from './languages.ts';

export interface MailTown {
  nameJa: string;
  nameEn: string;
}

/**
 * The opening lines of a mail that is written only in Japanese, for a resident who chose another
 * language: it says so in that language, and the Japanese text follows. Nothing for Japanese.
 */
export function untranslatedMailLines(language: Language, town: MailTown): string[] {
  if (language === 'en') {
    return [
      `This message from ${town.nameEn} is written in Japanese below: it has not yet been translated into English.`,
      'If you need help reading it, please call the town hall and give the receipt number (受付番号).',
      '',
      '――――――――',
      '',
    ];
  }
  if (language === 'easy') {
    return [
      `${town.nameJa}からの おしらせです。`,
      'この メールは、まだ やさしい 日本語に なって いません。下に ふつうの 日本語で 書いて います。',
      'わからない ときは、役場に 電話して、受付番号を 言って ください。',
      '',
      '――――――――',
      '',
    ];
  }
  return [];
}
