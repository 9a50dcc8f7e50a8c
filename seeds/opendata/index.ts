/** Sample (invented but realistic) open data of the demo towns, keyed by 全国地方公共団体コード. */
import type { District, SampleDataset } from './types.ts';
import * as ninomiya from './ninomiya.ts';
import * as oiso from './oiso.ts';

export type { District, SampleDataset } from './types.ts';

const BY_CODE: Record<string, { datasets: SampleDataset[]; districts: District[] }> = {
  '143421': { datasets: ninomiya.datasets, districts: ninomiya.districts },
  '143413': { datasets: oiso.datasets, districts: oiso.districts },
};

/** The sample datasets and districts of a demo town, or undefined for any other code. */
export function sampleOpenData(code: string): { datasets: SampleDataset[]; districts: District[] } | undefined {
  return Object.hasOwn(BY_CODE, code) ? BY_CODE[code] : undefined;
}
