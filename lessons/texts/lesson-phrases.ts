import { defineCatalog } from '../../robot/i18n/catalog.ts';

/*
 * Phrases of the lessons layer, for a lesson folder that does not load: the {problem} after a
 * field's path ("checks[1].area names the zone …") and the {expected} fix of FILE_INVALID.
 * Teachers who add lessons read them in their language; file names, field names and JSON
 * stay as they are written in the files.
 */
export const LESSON_PHRASES = defineCatalog(
  'lesson phrases',
  {
    // lesson choice and lesson.json fields
    lessonChoice: {
      en: 'a lesson number or id: {lessons} ("mekong lessons" lists them)',
      vi: 'số hoặc mã của một bài học: {lessons} (lệnh "mekong lessons" liệt kê chúng)',
      lo: 'ເລກ ຫຼື ລະຫັດຂອງບົດຮຽນ: {lessons} (ຄຳສັ່ງ "mekong lessons" ສະແດງລາຍການ)',
    },
    lessonFileName: {
      en: 'should be a file name in the lesson folder, like "world.json"',
      vi: 'cần là tên một tệp trong thư mục bài học, như "world.json"',
      lo: 'ຄວນເປັນຊື່ໄຟລ໌ໃນໂຟນເດີບົດຮຽນ, ເຊັ່ນ "world.json"',
    },
    listedTwice: {
      en: 'lists something twice',
      vi: 'liệt kê một mục hai lần',
      lo: 'ມີລາຍການຊ້ຳກັນ',
    },
    unknownBlock: {
      en: 'names a block the block editor does not have: use a toolbox block type, like "robot_forward"',
      vi: 'ghi tên một khối mà trình soạn khối không có: hãy dùng loại khối trong hộp công cụ, như "robot_forward"',
      lo: 'ລະບຸບລັອກທີ່ຕົວແກ້ໄຂບລັອກບໍ່ມີ: ໃຊ້ປະເພດບລັອກໃນກ່ອງເຄື່ອງມື, ເຊັ່ນ "robot_forward"',
    },
    blocksNeedStarter: {
      en: 'is "blocks", but the lesson has no starter.blocks.json',
      vi: 'là "blocks", nhưng bài học không có starter.blocks.json',
      lo: 'ເປັນ "blocks", ແຕ່ບົດຮຽນບໍ່ມີ starter.blocks.json',
    },
    addBlockStarter: {
      en: 'Add a starter.blocks.json (save one from the block editor with Download), or set "mode": "code".',
      vi: 'Hãy thêm starter.blocks.json (lưu từ trình soạn khối bằng nút Tải về), hoặc đặt "mode": "code".',
      lo: 'ເພີ່ມ starter.blocks.json (ບັນທຶກຈາກຕົວແກ້ໄຂບລັອກດ້ວຍປຸ່ມດາວໂຫຼດ), ຫຼື ຕັ້ງ "mode": "code".',
    },
    endWhenUnknown: {
      en: 'names no check of this lesson',
      vi: 'không trỏ đến bài kiểm tra nào của bài học này',
      lo: 'ບໍ່ກົງກັບການກວດໃດຂອງບົດຮຽນນີ້',
    },
    // the course order ("after" in lesson.json)
    afterUnknown: {
      en: 'is "{id}", which is no lesson of the course',
      vi: 'là "{id}", không phải bài học nào trong khóa học',
      lo: 'ເປັນ "{id}", ເຊິ່ງບໍ່ແມ່ນບົດຮຽນໃດໃນຫຼັກສູດ',
    },
    afterLoop: {
      en: 'makes a loop: {ids}',
      vi: 'tạo thành một vòng lặp: {ids}',
      lo: 'ເຮັດໃຫ້ເກີດວົງວຽນ: {ids}',
    },
    afterChoice: {
      en: 'Name the id of the lesson this one comes after: {ids}.',
      vi: 'Hãy ghi id của bài học đứng ngay trước bài này: {ids}.',
      lo: 'ໃສ່ id ຂອງບົດຮຽນທີ່ມາກ່ອນບົດນີ້: {ids}.',
    },
    rangeOrder: {
      en: 'is a range whose first number is bigger than its second',
      vi: 'là một khoảng có số thứ nhất lớn hơn số thứ hai',
      lo: 'ເປັນຊ່ວງທີ່ຕົວເລກທຳອິດໃຫຍ່ກວ່າຕົວເລກທີສອງ',
    },
    rangePositive: {
      en: 'is a range of factors that must both be more than 0',
      vi: 'là một khoảng hệ số, cả hai số phải lớn hơn 0',
      lo: 'ເປັນຊ່ວງຂອງຕົວຄູນ ທີ່ທັງສອງຕ້ອງໃຫຍ່ກວ່າ 0',
    },
    // lesson.json
    folderMismatch: {
      en: 'and order give the folder name "{expected}", but the folder is "{folder}"',
      vi: 'và order cho ra tên thư mục "{expected}", nhưng thư mục có tên "{folder}"',
      lo: 'ແລະ order ໃຫ້ຊື່ໂຟນເດີເປັນ "{expected}", ແຕ່ໂຟນເດີຊື່ "{folder}"',
    },
    nameFolder: {
      en: 'Name the folder after the order (two digits) and the id, or change them to match it.',
      vi: 'Hãy đặt tên thư mục theo order (hai chữ số) và id, hoặc sửa order và id cho khớp với tên thư mục.',
      lo: 'ຕັ້ງຊື່ໂຟນເດີຕາມ order (ສອງຕົວເລກ) ແລະ id, ຫຼື ແກ້ order ແລະ id ໃຫ້ກົງກັບຊື່ໂຟນເດີ.',
    },
    notAKit: {
      en: 'is "{kit}", which is not a kit',
      vi: 'là "{kit}", không phải một bộ kit',
      lo: 'ເປັນ "{kit}", ເຊິ່ງບໍ່ແມ່ນຊຸດຫຸ່ນຍົນ',
    },
    useOneOf: {
      en: 'Use one of: {choices}.',
      vi: 'Hãy dùng một trong: {choices}.',
      lo: 'ໃຊ້ໜຶ່ງໃນ: {choices}.',
    },
    kitLacksPart: {
      en: 'is "{kit}", which has no {part}',
      vi: 'là "{kit}", bộ kit này không có {part}',
      lo: 'ເປັນ "{kit}", ເຊິ່ງບໍ່ມີ {part}',
    },
    kitsWithParts: {
      en: 'List only kits that have every part in "parts".',
      vi: 'Chỉ ghi những bộ kit có đủ mọi bộ phận trong "parts".',
      lo: 'ໃສ່ສະເພາະຊຸດທີ່ມີທຸກພາກສ່ວນໃນ "parts".',
    },
    unknownZone: {
      en: 'names the zone "{zone}", which {world} does not have',
      vi: 'ghi vùng "{zone}", nhưng {world} không có vùng này',
      lo: 'ລະບຸເຂດ "{zone}", ເຊິ່ງ {world} ບໍ່ມີ',
    },
    zonesIn: {
      en: 'Zones in {world}: {zones}.',
      vi: 'Các vùng trong {world}: {zones}.',
      lo: 'ເຂດທີ່ມີໃນ {world}: {zones}.',
    },
    addZone: {
      en: 'Add it to "zones" in {world}.',
      vi: 'Hãy thêm vùng này vào "zones" trong {world}.',
      lo: 'ເພີ່ມເຂດນີ້ເຂົ້າໃນ "zones" ຂອງ {world}.',
    },
    noSuchLine: {
      en: {
        one: 'is {line}, but {world} has {count} line',
        other: 'is {line}, but {world} has {count} lines',
      },
      vi: 'là {line}, nhưng {world} chỉ có {count} đường',
      lo: 'ເປັນ {line}, ແຕ່ {world} ມີ {count} ເສັ້ນ',
    },
    linesFromZero: {
      en: 'Lines are counted from 0 in the order of "lines".',
      vi: 'Các đường được đánh số từ 0 theo thứ tự trong "lines".',
      lo: 'ເສັ້ນນັບຈາກ 0 ຕາມລຳດັບໃນ "lines".',
    },
    lineNotClosed: {
      en: 'is a line that is not closed in {world}',
      vi: 'là một đường không khép kín trong {world}',
      lo: 'ເປັນເສັ້ນທີ່ບໍ່ປິດວົງໃນ {world}',
    },
    lapNeedsClosedLine: {
      en: 'A lap needs a closed line ("closed": true).',
      vi: 'Chạy một vòng thì cần một đường khép kín ("closed": true).',
      lo: 'ການແລ່ນຮອບຕ້ອງມີເສັ້ນທີ່ປິດວົງ ("closed": true).',
    },
    areaNeedsClosedLine: {
      en: 'An area can be the inside of a closed line only ("closed": true).',
      vi: 'Một vùng chỉ có thể là phần bên trong của một đường khép kín ("closed": true).',
      lo: 'ເຂດໜຶ່ງເປັນພາຍໃນຂອງເສັ້ນທີ່ປິດວົງເທົ່ານັ້ນ ("closed": true).',
    },
    needsUnknown: {
      en: 'is "{id}", which is not a check before this one',
      vi: 'là "{id}", không phải một bài kiểm tra đứng trước bài này',
      lo: 'ເປັນ "{id}", ເຊິ່ງບໍ່ແມ່ນການກວດທີ່ຢູ່ກ່ອນຂໍ້ນີ້',
    },
    needsEarlier: {
      en: 'Name a check listed before this one: {ids}.',
      vi: 'Hãy ghi một bài kiểm tra được liệt kê trước bài này: {ids}.',
      lo: 'ໃຫ້ລະບຸການກວດທີ່ຢູ່ກ່ອນຂໍ້ນີ້: {ids}.',
    },
    noMovableObject: {
      en: 'pushes objects, but {world} has no movable object',
      vi: 'đẩy vật, nhưng {world} không có vật nào đẩy được',
      lo: 'ຍູ້ວັດຖຸ, ແຕ່ {world} ບໍ່ມີວັດຖຸທີ່ຍູ້ໄດ້',
    },
    addMovableObject: {
      en: 'Add an obstacle with "movable": true.',
      vi: 'Hãy thêm một vật cản có "movable": true.',
      lo: 'ເພີ່ມສິ່ງກີດຂວາງທີ່ມີ "movable": true.',
    },
    notMovable: {
      en: 'is "{id}", which is not a movable object of {world}',
      vi: 'là "{id}", không phải một vật đẩy được của {world}',
      lo: 'ເປັນ "{id}", ເຊິ່ງບໍ່ແມ່ນວັດຖຸທີ່ຍູ້ໄດ້ຂອງ {world}',
    },
    movableObjects: {
      en: 'Movable objects: {ids}.',
      vi: 'Các vật đẩy được: {ids}.',
      lo: 'ວັດຖຸທີ່ຍູ້ໄດ້: {ids}.',
    },

    unknownObstacle: {
      en: 'names the obstacle "{id}", which {world} does not have',
      vi: 'ghi vật cản "{id}", nhưng {world} không có vật này',
      lo: 'ລະບຸສິ່ງກີດຂວາງ "{id}", ເຊິ່ງ {world} ບໍ່ມີ',
    },
    obstacleIds: {
      en: 'Obstacles with an id in {world}: {ids}.',
      vi: 'Các vật cản có id trong {world}: {ids}.',
      lo: 'ສິ່ງກີດຂວາງທີ່ມີ id ໃນ {world}: {ids}.',
    },

    // en.md, vi.md, lo.md
    isMissing: { en: 'is missing', vi: 'bị thiếu', lo: 'ຂາດໄປ' },
    beforeFirstSection: {
      en: 'comes before the first section: students read the whole file, so put it in a section (whether a translation awaits review goes in "review" in lesson.json)',
      vi: 'nằm trước phần đầu tiên: học sinh đọc cả tệp, nên hãy đưa nó vào một phần (bản dịch có cần xem lại hay không thì ghi ở "review" trong lesson.json)',
      lo: 'ຢູ່ກ່ອນພາກທຳອິດ: ນັກຮຽນອ່ານທັງໄຟລ໌, ສະນັ້ນໃຫ້ໃສ່ມັນໄວ້ໃນພາກໃດໜຶ່ງ (ການແປທີ່ລໍຖ້າກວດຄືນ ໃຫ້ບອກໄວ້ໃນ "review" ຂອງ lesson.json)',
    },
    lessonSections: {
      en: 'A "# " title, then the sections {sections} in this order.',
      vi: 'Một tiêu đề "# ", rồi đến các phần {sections} theo đúng thứ tự này.',
      lo: 'ຫົວຂໍ້ "# " ກ່ອນ, ແລ້ວຈຶ່ງເປັນພາກ {sections} ຕາມລຳດັບນີ້.',
    },
    titleMissing: {
      en: 'is missing: the first line must start with "# "',
      vi: 'bị thiếu: dòng đầu tiên phải bắt đầu bằng "# "',
      lo: 'ຂາດໄປ: ແຖວທຳອິດຕ້ອງເລີ່ມດ້ວຍ "# "',
    },
    notASection: {
      en: 'is not a lesson section',
      vi: 'không phải là một phần của bài học',
      lo: 'ບໍ່ແມ່ນພາກໜຶ່ງຂອງບົດຮຽນ',
    },
    appearsTwice: { en: 'appears twice', vi: 'xuất hiện hai lần', lo: 'ມີສອງເທື່ອ' },
    outOfOrder: {
      en: 'is out of order: "{first}" must come first',
      vi: 'sai thứ tự: "{first}" phải đứng trước',
      lo: 'ຜິດລຳດັບ: "{first}" ຕ້ອງມາກ່ອນ',
    },
    sectionEmpty: { en: 'is empty', vi: 'đang để trống', lo: 'ຍັງຫວ່າງເປົ່າ' },
    // notes for teachers (teacher/en.md, ...)
    minutesMissing: {
      en: 'does not start with the minutes',
      vi: 'không bắt đầu bằng số phút',
      lo: 'ບໍ່ໄດ້ເລີ່ມດ້ວຍຈຳນວນນາທີ',
    },
    minutesFirst: {
      en: 'Start the section with the class time in minutes, e.g. "**45 minutes**: ...".',
      vi: 'Hãy bắt đầu phần này bằng thời lượng tính theo phút, ví dụ "**45 phút**: ...".',
      lo: 'ເລີ່ມພາກນີ້ດ້ວຍເວລາຮຽນເປັນນາທີ, ເຊັ່ນ "**45 ນາທີ**: ...".',
    },
    rubricLevels: {
      en: { one: 'has {count} level', other: 'has {count} levels' },
      vi: 'có {count} mức',
      lo: 'ມີ {count} ລະດັບ',
    },
    rubricThree: {
      en: 'Write the rubric as a list of three levels (a line starting with "- " for each).',
      vi: 'Hãy viết thang đánh giá thành một danh sách ba mức (mỗi mức một dòng bắt đầu bằng "- ").',
      lo: 'ຂຽນເກນການປະເມີນເປັນລາຍການສາມລະດັບ (ແຕ່ລະລະດັບແມ່ນແຖວທີ່ເລີ່ມດ້ວຍ "- ").',
    },
  },
  'phrases',
);

declare module '../../robot/i18n/catalog.ts' {
  interface PhraseTable extends LessonPhraseTable {}
}
type LessonPhraseTable = typeof LESSON_PHRASES.texts;
