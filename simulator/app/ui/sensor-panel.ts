import type { Lang } from '../../../robot/i18n/lang.ts';
import type { Kit } from '../../../robot/kits/kit-schema.ts';
import { SERVO_AHEAD_DEG, ultrasonicReading } from '../../../robot/motion/index.ts';
import type { RobotSnapshot } from '../../render/snapshot.ts';
import { type PlainUiKey, t } from '../i18n/ui-text.ts';

const LINE_IDS = ['left', 'center', 'right'] as const;

/** What a connected robot's sensors answered the program last, by sensor (absent: not asked). */
export interface RobotReadings {
  /** cm; Infinity when nothing answered in range. */
  distance?: number;
  line?: Partial<Record<(typeof LINE_IDS)[number], boolean>>;
  button?: boolean;
}

/** One row of the read-out: its label and its value. */
export type SensorRow = [string, Node | string];

/**
 * What the robot's sensors see right now (noise-free) and what its outputs do: the
 * read-out a teacher points at on the projector.
 */
export class SensorPanel {
  constructor(private readonly list: HTMLDListElement) {}

  update(robot: RobotSnapshot | undefined, kit: Kit | undefined, timeMs: number, lang: Lang): void {
    const rows: SensorRow[] = [];
    const row = (key: PlainUiKey, value: Node | string) => rows.push([t(key, lang), value]);
    row('simTime', `${(timeMs / 1000).toFixed(2)} s`);
    if (robot && kit) {
      row('position', `x ${robot.x.toFixed(1)} cm, y ${robot.y.toFixed(1)} cm`);
      row('heading', `${robot.headingDeg.toFixed(1)}°`);
      row('wheels', `${Math.round(robot.powerLeft)} %, ${Math.round(robot.powerRight)} %`);
      if (kit.ultrasonic) row('distance', distanceText(ultrasonicReading(robot.distanceCm), lang));
      else row('distance', t('notFitted', lang));
      if (kit.lineSensors) {
        row('lineSensors', lineCell(robot.lineDark, lang));
      } else row('lineSensors', t('notFitted', lang));
      if (kit.servo) row('servo', `${Math.round(SERVO_AHEAD_DEG + robot.panDeg)}°`);
      if (kit.led) {
        const cell = document.createElement('span');
        const dot = document.createElement('span');
        dot.className = 'dot';
        const on = robot.led !== 'off';
        dot.style.background = on ? (robot.led.startsWith('#') ? robot.led : '#ff3b30') : '#3a2a2a';
        cell.append(
          dot,
          on ? (robot.led.startsWith('#') ? robot.led : t('on', lang)) : t('off', lang),
        );
        row('led', cell);
      }
      if (kit.buzzer)
        row('buzzer', robot.beepHz > 0 ? `♪ ${Math.round(robot.beepHz)} Hz` : t('silent', lang));
      row('bump', t(robot.touching ? 'yes' : 'no', lang));
    }
    this.show(rows);
  }

  /** Shows `rows` (label, value) as the read-out. */
  show(rows: SensorRow[]): void {
    this.list.replaceChildren(
      ...rows.flatMap(([label, value]) => {
        const dt = document.createElement('dt');
        dt.textContent = label;
        const dd = document.createElement('dd');
        dd.append(value);
        return [dt, dd];
      }),
    );
  }
}

export function distanceText(cm: number, lang: Lang): string {
  return Number.isFinite(cm) ? `${cm.toFixed(1)} cm` : t('nothingInRange', lang);
}

/** A dot and a word per line sensor: green on the line. */
export function lineCell(
  dark: Partial<Record<(typeof LINE_IDS)[number], boolean>>,
  lang: Lang,
): Node {
  const cell = document.createElement('span');
  for (const id of LINE_IDS) {
    if (!(id in dark)) continue;
    const isDark = dark[id] ?? false;
    const item = document.createElement('span');
    const dot = document.createElement('span');
    dot.className = 'dot';
    dot.style.background = isDark ? '#00c853' : '#eceff1';
    item.append(dot, `${t(id, lang)}: ${t(isDark ? 'onLine' : 'offLine', lang)}  `);
    cell.append(item);
  }
  return cell;
}
