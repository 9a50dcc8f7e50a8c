import { z } from 'zod';
import { isValidMunicipalityCode } from './municipality-code.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { contrastRatio } from '../http/colour-contrast.ts';

export const municipalityInput = z.object({
  code: z.string().refine(isValidMunicipalityCode, '全国地方公共団体コード（6桁、検査数字付き）が正しくありません'),
  nameJa: z.string().min(1),
  nameKana: z.string().regex(/^[ぁ-ゖー\s]+$/, 'ひらがなで入力してください'),
  nameEn: z.string().min(1),
  prefecture: z.string().min(2),
  postalCode: z.string().regex(/^\d{3}-\d{4}$/, '郵便番号は 123-4567 の形で入力してください'),
  address: z.string().min(1),
  phone: z.string().regex(/^0\d{1,4}-\d{1,4}-\d{3,4}$/, '電話番号は 0463-00-0000 の形で入力してください'),
  email: z.string().email().nullable().default(null),
  website: z.string().url().nullable().default(null),
  openingHours: z.string().min(1),
  primaryColor: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i, '色は #1a2b3c の形で入力してください')
    .refine((colour) => contrastRatio(colour, '#ffffff') >= 4.5, '白い文字との明度比が 4.5:1 以上になる濃い色を指定してください'),
  logoSvg: z.string().nullable().default(null),
  languages: z.array(z.enum(LANGUAGES)).min(1).refine((list) => list.includes('ja'), '日本語は必須です'),
  hosts: z.array(z.string().min(1)).default([]),
});

export type Municipality = z.infer<typeof municipalityInput>;
