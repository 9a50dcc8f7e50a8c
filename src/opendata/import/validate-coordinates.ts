import { insideJapan, readCoordinate, type CoordinateReading } from './cell-places.ts';
import type { CellFinding } from './cell-outcome.ts';

/**
 * Checks 緯度 and 経度 of one row together, so that swapped values are reported once as swapped
 * rather than twice as out of range. Corrected values are written back into `cells`.
 */
export function checkCoordinates(cells: string[], latitudeIndex: number, longitudeIndex: number): CellFinding[] {
  const latitude = read(cells, latitudeIndex, '緯度');
  const longitude = read(cells, longitudeIndex, '経度');
  const findings = [finding(latitudeIndex, latitude), finding(longitudeIndex, longitude)].filter((f) => f !== undefined);
  if (latitude?.ok && longitude?.ok) {
    const swapped = !insideJapan(latitude.degrees, 'latitude') && !insideJapan(longitude.degrees, 'longitude') &&
      insideJapan(latitude.degrees, 'longitude') && insideJapan(longitude.degrees, 'latitude');
    if (swapped) {
      return [{
        index: latitudeIndex,
        severity: 'error',
        text: `緯度と経度が入れ替わっているようです（緯度「${cells[latitudeIndex]}」、経度「${cells[longitudeIndex]}」）。緯度には「35.300123」のような北緯の値、経度には「139.253456」のような東経の値を入れてください。`,
      }];
    }
  }
  if (latitude?.ok && !insideJapan(latitude.degrees, 'latitude')) findings.push(outside(latitudeIndex, cells, '緯度', '北緯20〜46度', latitude.degrees));
  if (longitude?.ok && !insideJapan(longitude.degrees, 'longitude')) findings.push(outside(longitudeIndex, cells, '経度', '東経122〜154度', longitude.degrees));
  if (latitude && !longitude && longitudeIndex >= 0) findings.push(alone(latitudeIndex, '緯度', '経度'));
  if (longitude && !latitude && latitudeIndex >= 0) findings.push(alone(longitudeIndex, '経度', '緯度'));
  return findings;
}

function read(cells: string[], index: number, name: '緯度' | '経度'): CoordinateReading | undefined {
  const value = cells[index];
  if (index < 0 || !value) return undefined;
  const reading = readCoordinate(value, name);
  cells[index] = reading.outcome.value;
  return reading;
}

function finding(index: number, reading: CoordinateReading | undefined): CellFinding | undefined {
  const outcome = reading?.outcome;
  return outcome?.severity && outcome.text ? { index, severity: outcome.severity, text: outcome.text } : undefined;
}

function outside(index: number, cells: string[], name: string, range: string, degrees: number): CellFinding {
  const zero = degrees === 0 ? '位置がわからないときは、0ではなく空欄にしてください。' : '';
  return { index, severity: 'error', text: `${name}「${cells[index]}」は日本の範囲（${range}）の外です。位置を確かめてください。${zero}` };
}

function alone(index: number, name: string, other: string): CellFinding {
  return { index, severity: 'warning', text: `${name}だけが入っていて、${other}が空です。地図に表示するには、緯度と経度の両方が必要です。` };
}
