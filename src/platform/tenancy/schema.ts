import { pgTable, text, timestamp, varchar } from 'drizzle-orm/pg-core';

/** The registry of municipalities served by this deployment (not tenant-owned itself). */
export const municipalities = pgTable('municipalities', {
  code: varchar('code', { length: 6 }).primaryKey(),
  nameJa: text('name_ja').notNull(),
  nameKana: text('name_kana').notNull(),
  nameEn: text('name_en').notNull(),
  prefecture: text('prefecture').notNull(),
  postalCode: varchar('postal_code', { length: 8 }).notNull(),
  address: text('address').notNull(),
  phone: text('phone').notNull(),
  email: text('email'),
  website: text('website'),
  openingHours: text('opening_hours').notNull(),
  primaryColor: varchar('primary_color', { length: 7 }).notNull(),
  logoSvg: text('logo_svg'),
  languages: text('languages').array().notNull(),
  hosts: text('hosts').array().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type MunicipalityRow = typeof municipalities.$inferSelect;
