/** The icon of the site: a town hall in white on the municipality's colour (or Yakuba's blue). */
export const DEFAULT_ICON_COLOUR = '#0017c1';

export function faviconSvg(colour: string): string {
  const fill = /^#[0-9a-f]{6}$/iu.test(colour) ? colour : DEFAULT_ICON_COLOUR;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">',
    `<rect width="32" height="32" rx="6" fill="${fill}"/>`,
    '<path fill="#fff" d="M16 4 3.5 10.5V13h25v-2.5zM6 14.5h3.5v8H6zm5.5 0H15v8h-3.5zm5.5 0h3.5v8H17zm5.5 0H26v8h-3.5zM3.5 24h25v3.5h-25z"/>',
    '</svg>',
  ].join('');
}

/**
 * /favicon.ico for browsers that ask for it whatever the page says: one 32×32 PNG in an ICO
 * container (allowed since Windows Vista, read by every current browser).
 */
export async function faviconIco(colour: string): Promise<Buffer> {
  // sharp (libvips) is loaded at the first /favicon.ico, not at every start.
  const { default: sharp } = await import('sharp');
  const png = await sharp(Buffer.from(faviconSvg(colour))).resize(32, 32).png().toBuffer();
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(32, 6); // width
  header.writeUInt8(32, 7); // height
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18); // offset of the image
  return Buffer.concat([header, png]);
}
