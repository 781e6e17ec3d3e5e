import type { Lang } from '../../../robot/i18n/lang.ts';
import type { Kit } from '../../../robot/kits/kit-schema.ts';
import { type PlainUiKey, t } from '../i18n/ui-text.ts';
import { distanceText, lineCell, type RobotReadings, type SensorRow } from '../ui/sensor-panel.ts';

/**
 * A USB robot's Sensors panel: the robot's clock (`timeMs`), then what its sensors answered
 * the program last (reading them between the program's calls would compete with it for the
 * robot). Loaded with the rest of the robot link, when "Connect a robot" is first pressed.
 */
export function robotReadingRows(
  readings: RobotReadings,
  kit: Kit | undefined,
  timeMs: number,
  lang: Lang,
): SensorRow[] {
  const rows: SensorRow[] = [];
  const row = (key: PlainUiKey, value: Node | string) => rows.push([t(key, lang), value]);
  const notRead = t('notRead', lang);
  row('simTime', `${(timeMs / 1000).toFixed(2)} s`);
  row('robotReadings', '');
  if (kit?.ultrasonic) {
    const { distance } = readings;
    row('distance', distance === undefined ? notRead : distanceText(distance, lang));
  }
  if (kit?.lineSensors) row('lineSensors', readings.line ? lineCell(readings.line, lang) : notRead);
  if (kit?.button) {
    const { button } = readings;
    row('button', button === undefined ? notRead : t(button ? 'pressed' : 'released', lang));
  }
  return rows;
}
