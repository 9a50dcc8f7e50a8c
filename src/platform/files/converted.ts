export interface ConvertedFile {
  bytes: Buffer;
  contentType: 'application/pdf' | 'image/jpeg' | 'image/png';
  extension: 'pdf' | 'jpg' | 'png';
  pages?: number;
  width?: number;
  height?: number;
}

export const MAX_IMAGE_SIDE = 4000;
