import { defineCatalog } from '../../../robot/i18n/catalog.ts';

/*
 * The words of a connected robot's runs, loaded with the robot (robot-connection.ts), not
 * in the page's first bundle. Vietnamese and Lao were written by the developers and WANT
 * REVIEW BY A NATIVE TEACHER.
 */
export const ROBOT_RUN_TEXT = {
  checkNeedsSimulator: {
    en: 'Checking the mission needs the simulator: it sees the arena, and from here nobody sees where a real robot drives. Your program runs on the robot now: its output and time are below. Disconnect the robot to check the mission in the simulator.',
    vi: 'Kiểm tra nhiệm vụ cần trình mô phỏng: nó nhìn thấy sân, còn từ đây không ai thấy robot thật chạy đến đâu. Chương trình của em đang chạy trên robot: kết quả in ra và thời gian ở bên dưới. Ngắt kết nối robot để kiểm tra nhiệm vụ trong trình mô phỏng.',
    lo: 'ການກວດພາລະກິດຕ້ອງໃຊ້ໂປຣແກຣມຈຳລອງ: ມັນເຫັນສະໜາມ, ແຕ່ຈາກບ່ອນນີ້ບໍ່ມີໃຜເຫັນວ່າຫຸ່ນຍົນແທ້ແລ່ນໄປໃສ. ໂປຣແກຣມຂອງເຈົ້າກຳລັງແລ່ນເທິງຫຸ່ນຍົນ: ຜົນທີ່ພິມອອກ ແລະ ເວລາຢູ່ຂ້າງລຸ່ມ. ຕັດການເຊື່ອມຕໍ່ຫຸ່ນຍົນເພື່ອກວດພາລະກິດໃນໂປຣແກຣມຈຳລອງ.',
  },
  ranOnRobot: {
    en: 'The program ran for {seconds} s on the robot.',
    vi: 'Chương trình đã chạy {seconds} giây trên robot.',
    lo: 'ໂປຣແກຣມແລ່ນ {seconds} ວິນາທີ ເທິງຫຸ່ນຍົນ.',
  },
  checkingOnRobot: {
    en: 'Checking your mission on the emulated robot, world {run} of {total}… {time} s of {limit} s',
    vi: 'Đang kiểm tra nhiệm vụ trên robot giả lập, sân {run}/{total}… {time} / {limit} giây',
    lo: 'ກຳລັງກວດພາລະກິດເທິງຫຸ່ນຍົນຈຳລອງ, ສະໜາມ {run}/{total}… {time} / {limit} ວິນາທີ',
  },
} as const;

export const ROBOT_RUN_CATALOG = defineCatalog('web app robot runs', ROBOT_RUN_TEXT);

/** The robot-run text `key` in `lang`. */
export const runText = ROBOT_RUN_CATALOG.say;
