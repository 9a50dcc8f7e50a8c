import { PDFDocument } from 'pdf-lib';
import { cachedFontkit, drawableText, loadFonts, subsetFontName } from './pdf/font.ts';
import { formatJapaneseDateTime } from './pdf/japanese-date.ts';
import { PageWriter, type TextStyle, colors } from './pdf/page-writer.ts';

export interface ApplicationPdfInput {
  municipalityName: string;
  /** The name the resident knows it by (the plain title, or the legal name when there is none). */
  procedureTitle: string;
  /** The legal name, printed under the plain title when the two differ. */
  legalName?: string;
  receiptNumber: string;
  submittedAt: Date;
  channel: 'online' | 'counter';
  sections: { heading: string; rows: { label: string; value: string }[] }[];
  attachments: { label: string; filename: string }[];
  departmentName: string;
  /** 問い合わせ先: phone, e-mail, opening hours; may span several lines. */
  contact?: string;
  /** e.g. 「これはデモ用のサンプルです」: printed on every page when set. */
  sampleNotice?: string;
}

const CHANNEL_LABELS = { online: 'オンライン申請', counter: '窓口での申請' } as const;
const CLOSING_NOTE = 'この控えは申請内容の確認のためのものです。証明書ではありません。';

const title: TextStyle = { size: 22, weight: 'bold', lineHeight: 1.4 };
const subtitle: TextStyle = { size: 16, weight: 'bold', lineHeight: 1.5 };
const heading: TextStyle = { size: 14, weight: 'bold', lineHeight: 1.5 };
const label: TextStyle = { size: 10.5, weight: 'bold', color: colors.muted, lineHeight: 1.6 };
const value: TextStyle = { size: 12, lineHeight: 1.75 };
const receipt: TextStyle = { size: 26, weight: 'bold', lineHeight: 1.3 };

/** 申請内容の控え: the PDF copy of a submitted application that the resident keeps. */
export async function renderApplicationPdf(input: ApplicationPdfInput): Promise<Uint8Array> {
  const fonts = await loadFonts();
  const text = (raw: string) => drawableText(fonts, raw);
  const doc = await PDFDocument.create();
  doc.registerFontkit(cachedFontkit(fonts));
  const embedded = {
    regular: await doc.embedFont(fonts.regular.bytes, { subset: true, customName: subsetFontName(fonts.regular.font) }),
    bold: await doc.embedFont(fonts.bold.bytes, { subset: true, customName: subsetFontName(fonts.bold.font) }),
  };
  const municipality = text(input.municipalityName);
  const procedure = text(input.procedureTitle);
  const receiptNumber = text(input.receiptNumber);
  const notice = input.sampleNotice ? text(input.sampleNotice) : undefined;

  const writer = new PageWriter(doc, embedded, fonts, {
    left: `${municipality}　${procedure}`,
    right: `受付番号 ${receiptNumber}`,
    notice,
    watermark: notice ? '見本' : undefined,
  });

  writer.line('申請内容の控え', title);
  writer.paragraph(procedure, subtitle);
  if (input.legalName) writer.paragraph(`正式名称：${text(input.legalName)}`, value);
  writer.gap(12);

  if (notice) {
    const lines = writer.lines(notice, { ...heading, color: colors.sample }, writer.width - 32);
    writer.rect(lines.length * writer.lineHeight(heading) + 20, { fill: colors.sampleBand, border: colors.sample, borderWidth: 2 });
    writer.gap(10);
    for (const line of lines) writer.line(line, { ...heading, color: colors.sample }, writer.left + 16);
    writer.gap(22);
  }

  writer.rect(writer.lineHeight(label) + writer.lineHeight(receipt) + 20, { border: colors.text, borderWidth: 1.5 });
  writer.gap(10);
  writer.line('受付番号', label, writer.left + 16);
  writer.line(receiptNumber, receipt, writer.left + 16);
  writer.gap(22);

  field(writer, '申請日時', formatJapaneseDateTime(input.submittedAt));
  field(writer, '申請方法', CHANNEL_LABELS[input.channel]);
  field(writer, '申請先', `${municipality}　${text(input.departmentName)}`);

  for (const section of input.sections) {
    const sectionHeading = text(section.heading);
    sectionBand(writer, sectionHeading);
    writer.continuation = `${sectionHeading}（続き）`;
    for (const row of section.rows) field(writer, text(row.label), text(row.value));
    writer.continuation = undefined;
  }

  sectionBand(writer, '添付書類');
  if (input.attachments.length === 0) field(writer, '', '添付書類はありません。');
  for (const attachment of input.attachments) field(writer, text(attachment.label), text(attachment.filename));

  sectionBand(writer, 'お問い合わせ先');
  field(writer, '', [municipality, text(input.departmentName), input.contact ? text(input.contact) : ''].filter(Boolean).join('\n'));

  const noteLines = writer.lines(CLOSING_NOTE, value, writer.width - 32);
  const noteHeight = noteLines.length * writer.lineHeight(value) + 24;
  writer.gap(8);
  writer.ensure(noteHeight);
  writer.rect(noteHeight, { fill: colors.band });
  writer.gap(12);
  for (const line of noteLines) writer.line(line, value, writer.left + 16);

  writer.finish();
  doc.setTitle(`申請内容の控え　${procedure}（受付番号 ${receiptNumber}）`, { showInWindowTitleBar: true });
  doc.setSubject(`${municipality} ${procedure}`);
  doc.setAuthor(municipality);
  doc.setCreator('Yakuba');
  doc.setProducer('Yakuba');
  doc.setLanguage('ja');
  return doc.save();
}

/** A label above its value; the label never stays alone at the foot of a page. */
function field(writer: PageWriter, fieldLabel: string, fieldValue: string): void {
  const empty = fieldValue.trim() === '';
  const valueStyle = empty ? { ...value, color: colors.muted } : value;
  const labelLines = fieldLabel ? writer.lines(fieldLabel, label) : [];
  const valueLines = writer.lines(empty ? '（未入力）' : fieldValue, valueStyle);
  writer.ensure(labelLines.length * writer.lineHeight(label) + Math.min(valueLines.length, 2) * writer.lineHeight(value));
  for (const line of labelLines) {
    writer.ensure(writer.lineHeight(label));
    writer.line(line, label);
  }
  const outer = writer.continuation;
  if (fieldLabel) writer.continuation = `${fieldLabel}（続き）`;
  for (const line of valueLines) {
    writer.ensure(writer.lineHeight(value));
    writer.line(line, valueStyle);
  }
  writer.continuation = outer;
  writer.gap(6);
  writer.rule();
  writer.gap(8);
}

function sectionBand(writer: PageWriter, sectionHeading: string): void {
  const lines = writer.lines(sectionHeading, heading, writer.width - 24);
  const height = lines.length * writer.lineHeight(heading) + 12;
  writer.gap(14);
  writer.ensure(height + writer.lineHeight(label) + writer.lineHeight(value) + 8);
  writer.rect(height, { fill: colors.band });
  writer.rect(height, { fill: colors.accent, width: 4 });
  writer.gap(6);
  for (const line of lines) writer.line(line, { ...heading, color: colors.accent }, writer.left + 12);
  writer.gap(14);
}
