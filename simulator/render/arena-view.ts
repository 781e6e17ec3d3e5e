import {
  BoxGeometry,
  CanvasTexture,
  Color,
  CylinderGeometry,
  DoubleSide,
  EdgesGeometry,
  Group,
  LineBasicMaterial,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  type Object3D,
  PlaneGeometry,
  SRGBColorSpace,
} from 'three';
import type { Lang } from '../../robot/i18n/lang.ts';
import type { ObstacleSpec, WorldSpec, ZoneSpec } from '../world/world-schema.ts';
import { textIn } from '../world/world-text.ts';
import { headingToRotationY, toScene } from './coords.ts';
import { gridGeometry, lineRibbonGeometry } from './floor-geometry.ts';

/** How tall things stand, cm: the world is flat, the picture is not. */
export const WALL_HEIGHT_CM = 8;
export const WALL_THICKNESS_CM = 1.5;
export const OBSTACLE_HEIGHT_CM = 10;
export const CAN_HEIGHT_CM = 12;

const COLOURS = {
  table: '#5b6472',
  wall: '#c9b89a',
  obstacle: '#8d6e63',
  movable: '#d23c3c',
  zone: '#3cb371',
  grid: '#000000',
} as const;

/** The drawn arena: everything but the robots. Movable objects are found by their world id. */
export interface ArenaView {
  group: Group;
  movables: Map<string, Object3D>;
  /** Writes the zone labels in `lang`. */
  setLang(lang: Lang): void;
  dispose(): void;
}

/** The words written on a zone's floor in `lang`: its label, else its id. */
export function zoneLabel(zone: ZoneSpec, lang: Lang): string {
  return zone.label === undefined ? zone.id : textIn(zone.label, lang);
}

/**
 * Builds the arena of `spec`: floor, grid, lines, zones (labelled in `lang`), walls and
 * obstacles. `redrawn` is called when a label was drawn again once its font had loaded.
 */
export function buildArena(spec: WorldSpec, lang: Lang, redrawn: () => void = () => {}): ArenaView {
  const group = new Group();
  group.name = 'arena';
  const { width, height } = spec.size;

  const table = new Mesh(
    new PlaneGeometry(width * 3 + 200, height * 3 + 200),
    new MeshLambertMaterial({ color: COLOURS.table }),
  );
  table.rotation.x = -Math.PI / 2;
  table.position.copy(toScene(width / 2, height / 2, -0.2));
  group.add(table);

  const floor = new Mesh(
    new PlaneGeometry(width, height),
    new MeshLambertMaterial({ color: spec.floor.color }),
  );
  floor.name = 'floor';
  floor.rotation.x = -Math.PI / 2;
  floor.position.copy(toScene(width / 2, height / 2, 0));
  group.add(floor);

  const grid = new LineSegments(
    gridGeometry(width, height, 10, 0.02),
    new LineBasicMaterial({ color: COLOURS.grid, transparent: true, opacity: 0.07 }),
  );
  group.add(grid);

  const zones = spec.zones.map((zone, i) => {
    const drawn = buildZone(zone, 0.03 + i * 0.005);
    group.add(drawn.group);
    return drawn;
  });
  const setLang = (next: Lang) => {
    for (const zone of zones) zone.label(next, redrawn);
  };
  setLang(lang);

  spec.lines.forEach((line, i) => {
    const mesh = new Mesh(
      lineRibbonGeometry(line, 0.08 + i * 0.005),
      new MeshLambertMaterial({ color: line.color, side: DoubleSide }),
    );
    mesh.name = `line-${i}`;
    group.add(mesh);
  });

  const corners = [
    { x: 0, y: 0 },
    { x: width, y: 0 },
    { x: width, y: height },
    { x: 0, y: height },
  ];
  const wallMaterial = new MeshLambertMaterial({ color: COLOURS.wall });
  corners.forEach((from, i) => {
    const to = corners[(i + 1) % 4] ?? from;
    // Boundary walls stand just outside the arena so the floor stays whole.
    const out = WALL_THICKNESS_CM / 2;
    const nx = to.y - from.y === 0 ? 0 : to.y > from.y ? out : -out;
    const ny = to.x - from.x === 0 ? 0 : to.x > from.x ? -out : out;
    group.add(
      buildWall(
        { x: from.x + nx, y: from.y + ny },
        { x: to.x + nx, y: to.y + ny },
        wallMaterial,
        WALL_THICKNESS_CM,
      ),
    );
  });
  for (const wall of spec.walls) group.add(buildWall(wall.from, wall.to, wallMaterial, 0));

  const movables = new Map<string, Object3D>();
  spec.obstacles.forEach((ob, i) => {
    const mesh = buildObstacle(ob);
    const id = ob.id ?? `${ob.type}-${i}`;
    mesh.name = `obstacle:${id}`;
    group.add(mesh);
    if (ob.movable) movables.set(id, mesh);
  });

  return {
    group,
    movables,
    setLang,
    dispose: () => disposeTree(group),
  };
}

function buildWall(
  from: { x: number; y: number },
  to: { x: number; y: number },
  material: MeshLambertMaterial,
  extend: number,
): Mesh {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) + extend;
  const mesh = new Mesh(
    new BoxGeometry(Math.max(length, WALL_THICKNESS_CM), WALL_HEIGHT_CM, WALL_THICKNESS_CM),
    material,
  );
  mesh.position.copy(toScene((from.x + to.x) / 2, (from.y + to.y) / 2, WALL_HEIGHT_CM / 2));
  mesh.rotation.y = Math.atan2(dy, dx);
  return mesh;
}

function buildObstacle(ob: ObstacleSpec): Mesh {
  const color = ob.color ?? (ob.movable ? COLOURS.movable : COLOURS.obstacle);
  const material = new MeshLambertMaterial({ color });
  if (ob.type === 'cylinder') {
    const h = ob.movable ? CAN_HEIGHT_CM : OBSTACLE_HEIGHT_CM;
    const mesh = new Mesh(new CylinderGeometry(ob.radius, ob.radius, h, 24), material);
    mesh.position.copy(toScene(ob.x, ob.y, h / 2));
    return mesh;
  }
  const mesh = new Mesh(new BoxGeometry(ob.width, OBSTACLE_HEIGHT_CM, ob.height), material);
  mesh.position.copy(toScene(ob.x, ob.y, OBSTACLE_HEIGHT_CM / 2));
  mesh.rotation.y = headingToRotationY(ob.rotationDeg);
  const edges = new LineSegments(
    new EdgesGeometry(mesh.geometry),
    new LineBasicMaterial({ color: new Color(color).multiplyScalar(0.6) }),
  );
  mesh.add(edges);
  return mesh;
}

/** A zone's fill and border, and `label` to write its name (again) in a language. */
function buildZone(
  zone: ZoneSpec,
  y: number,
): { group: Group; label(lang: Lang, redrawn: () => void): void } {
  const color = zone.color ?? COLOURS.zone;
  const group = new Group();
  group.name = `zone:${zone.id}`;
  const fill = new Mesh(
    new PlaneGeometry(zone.width, zone.height),
    new MeshBasicMaterial({ color, transparent: true, opacity: 0.35, depthWrite: false }),
  );
  fill.rotation.x = -Math.PI / 2;
  fill.position.copy(toScene(zone.x, zone.y, y));
  group.add(fill);
  const border = new LineSegments(
    new EdgesGeometry(new PlaneGeometry(zone.width, zone.height)),
    new LineBasicMaterial({ color }),
  );
  border.rotation.x = -Math.PI / 2;
  border.position.copy(toScene(zone.x, zone.y, y + 0.01));
  group.add(border);
  const label = (lang: Lang, redrawn: () => void) => {
    const old = group.getObjectByName('zone-label');
    if (old) {
      group.remove(old);
      disposeTree(old);
    }
    const text = zoneLabel(zone, lang);
    group.userData.label = text;
    const mesh = buildLabel(text, color, redrawn);
    if (!mesh) return;
    const size = Math.min(zone.width, zone.height) * 0.8;
    mesh.name = 'zone-label';
    mesh.scale.set(size, size / 4, 1);
    mesh.rotation.x = -Math.PI / 2;
    mesh.position.copy(toScene(zone.x, zone.y, y + 0.02));
    group.add(mesh);
  };
  return { group, label };
}

/** Noto Sans for Latin and Vietnamese, Noto Sans Lao for Lao (both bundled by the web app). */
const LABEL_FONT = '600 40px "Noto Sans", "Noto Sans Lao", sans-serif';

/**
 * A flat text label (canvas texture); undefined where no 2-D canvas exists. A label drawn
 * before its font has loaded is drawn again when it has, then `redrawn` is called.
 */
function buildLabel(text: string, color: string, redrawn: () => void): Mesh | undefined {
  if (typeof document === 'undefined') return undefined;
  const canvas = document.createElement('canvas');
  canvas.width = 256;
  canvas.height = 64;
  const ctx = canvas.getContext('2d');
  if (!ctx) return undefined;
  const draw = () => {
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.font = LABEL_FONT;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillStyle = new Color(color).multiplyScalar(0.55).getStyle();
    ctx.fillText(text, 128, 34, 248);
  };
  draw();
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  const fonts = document.fonts;
  if (fonts && !fonts.check(LABEL_FONT, text)) {
    void fonts.load(LABEL_FONT, text).then(() => {
      draw();
      texture.needsUpdate = true;
      redrawn();
    });
  }
  return new Mesh(
    new PlaneGeometry(1, 1),
    new MeshBasicMaterial({ map: texture, transparent: true, depthWrite: false }),
  );
}

/** Frees the GPU memory of everything under `root`. */
export function disposeTree(root: Object3D): void {
  root.traverse((node) => {
    const mesh = node as Partial<Mesh>;
    mesh.geometry?.dispose();
    const material = mesh.material;
    const materials = Array.isArray(material) ? material : material ? [material] : [];
    for (const m of materials) {
      const map = (m as MeshBasicMaterial).map;
      map?.dispose();
      m.dispose();
    }
  });
}
