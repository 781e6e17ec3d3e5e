import type { Lang } from '../../robot/i18n/lang.ts';

/*
 * The playground's first program. Comments and the printed text in the student's language
 * (vi/lo written by the developers: WANT REVIEW BY A NATIVE TEACHER); the code is the same
 * in all three.
 */
const WORDS: Record<Lang, [string, string, string, string]> = {
  en: [
    '// Your robot program. Press Run (or Ctrl+Enter) to try it.',
    '// Type "robot." to see everything the robot can do.',
    '// How far is the wall in front?',
    'distance: ',
  ],
  vi: [
    '// Chương trình robot của em. Nhấn Chạy (hoặc Ctrl+Enter) để thử.',
    '// Gõ "robot." để xem robot làm được những gì.',
    '// Bức tường phía trước cách bao xa?',
    'khoảng cách: ',
  ],
  lo: [
    '// ໂປຣແກຣມຫຸ່ນຍົນຂອງເຈົ້າ. ກົດ ແລ່ນ (ຫຼື Ctrl+Enter) ເພື່ອທົດລອງ.',
    '// ພິມ "robot." ເພື່ອເບິ່ງທຸກຢ່າງທີ່ຫຸ່ນຍົນເຮັດໄດ້.',
    '// ກຳແພງຂ້າງໜ້າຢູ່ໄກເທົ່າໃດ?',
    'ໄລຍະຫ່າງ: ',
  ],
};

export function playgroundStarter(lang: Lang): string {
  const [intro, discover, measure, distance] = WORDS[lang];
  return `${intro}
${discover}
robot.led(true);
await robot.forward(30);
await robot.turn(90);
await robot.forward(20);
robot.led(false);
await robot.beep(440, 200);
${measure}
const cm = await robot.distance();
console.log('${distance}' + Math.round(cm) + ' cm');
`;
}
