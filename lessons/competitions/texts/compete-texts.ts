import { defineCatalog, type Entry } from '../../../robot/i18n/catalog.ts';

/*
 * Words of competitions: standings, progress, reports, replay verification and the replay
 * viewer, in every language. Vietnamese and Lao were written by the developers and want
 * review by a native teacher.
 */
const TEXT = {
  trialHeader: {
    en: {
      by: 'programs',
      one: '{title}: {programs} program, best of {runs} runs ({realism} realism).',
      other: '{title}: {programs} programs, best of {runs} runs each ({realism} realism).',
    },
    vi: '{title}: {programs} chương trình, lấy lần tốt nhất trong {runs} lần chạy (mô phỏng {realism}).',
    lo: '{title}: {programs} ໂປຣແກຣມ, ເອົາຮອບທີ່ດີທີ່ສຸດໃນ {runs} ຮອບ (ແບບ {realism}).',
  },
  roundRobinHeader: {
    en: {
      by: 'matches',
      one: '{title}: {programs} programs, round robin of {matches} match, best of {rounds} rounds.',
      other:
        '{title}: {programs} programs, round robin of {matches} matches, best of {rounds} rounds.',
    },
    vi: '{title}: {programs} chương trình, đấu vòng tròn {matches} trận, mỗi trận {rounds} hiệp.',
    lo: '{title}: {programs} ໂປຣແກຣມ, ແຂ່ງແບບພົບກັນໝົດ {matches} ນັດ, ນັດລະ {rounds} ຍົກ.',
  },
  bracketHeader: {
    en: {
      by: 'matches',
      one: '{title}: {programs} programs, knockout of {matches} match, best of {rounds} rounds.',
      other:
        '{title}: {programs} programs, knockout of {matches} matches, best of {rounds} rounds.',
    },
    vi: '{title}: {programs} chương trình, đấu loại trực tiếp {matches} trận, mỗi trận {rounds} hiệp.',
    lo: '{title}: {programs} ໂປຣແກຣມ, ແຂ່ງແບບຕັດອອກ {matches} ນັດ, ນັດລະ {rounds} ຍົກ.',
  },
  rank: { en: 'Rank', vi: 'Hạng', lo: 'ອັນດັບ' },
  program: { en: 'Program', vi: 'Chương trình', lo: 'ໂປຣແກຣມ' },
  kit: { en: 'Kit', vi: 'Bộ kit', lo: 'ຊຸດ' },
  time: { en: 'Time', vi: 'Thời gian', lo: 'ເວລາ' },
  distance: { en: 'Distance', vi: 'Quãng đường', lo: 'ໄລຍະທາງ' },
  bumps: { en: 'Bumps', vi: 'Va chạm', lo: 'ຕຳ' },
  played: { en: 'Played', vi: 'Số trận', lo: 'ແຂ່ງ' },
  won: { en: 'Won', vi: 'Thắng', lo: 'ຊະນະ' },
  drawn: { en: 'Drawn', vi: 'Hoà', lo: 'ສະເໝີ' },
  lost: { en: 'Lost', vi: 'Thua', lo: 'ເສຍ' },
  points: { en: 'Points', vi: 'Điểm', lo: 'ຄະແນນ' },
  rounds: { en: 'Rounds', vi: 'Hiệp', lo: 'ຍົກ' },
  reached: { en: 'Reached', vi: 'Vào đến', lo: 'ໄປເຖິງ' },
  note: { en: 'Note', vi: 'Ghi chú', lo: 'ໝາຍເຫດ' },
  seconds: { en: '{s} s', vi: '{s} giây', lo: '{s} ວິນາທີ' },
  centimetres: { en: '{cm} cm', vi: '{cm} cm', lo: '{cm} cm' },
  notFinished: { en: 'did not finish', vi: 'chưa về đích', lo: 'ບໍ່ເຖິງເສັ້ນໄຊ' },
  failedBecause: { en: 'lost: {message}', vi: 'bị xử thua: {message}', lo: 'ຖືກຕັດສິນແພ້: {message}' },
  champion: { en: 'champion', vi: 'vô địch', lo: 'ແຊ້ມ' },
  final: { en: 'final', vi: 'chung kết', lo: 'ຮອບຊິງ' },
  bracketRound: { en: 'round {round}', vi: 'vòng {round}', lo: 'ຮອບ {round}' },
  progress: {
    en: '[{done}/{total}] {match}: {result}',
    vi: '[{done}/{total}] {match}: {result}',
    lo: '[{done}/{total}] {match}: {result}',
  },
  against: { en: '{a} vs {b}', vi: '{a} gặp {b}', lo: '{a} ພົບ {b}' },
  bestTime: { en: 'best {time} s', vi: 'tốt nhất {time} giây', lo: 'ດີທີ່ສຸດ {time} ວິນາທີ' },
  gotAsFar: {
    en: 'did not finish ({distance} cm)',
    vi: 'chưa về đích ({distance} cm)',
    lo: 'ບໍ່ເຖິງເສັ້ນໄຊ ({distance} cm)',
  },
  matchWon: {
    en: '{winner} wins {score}',
    vi: '{winner} thắng {score}',
    lo: '{winner} ຊະນະ {score}',
  },
  matchDrawn: { en: 'draw {score}', vi: 'hoà {score}', lo: 'ສະເໝີ {score}' },
  stoppedProgram: {
    en: '{program} lost: {message}',
    vi: '{program} bị xử thua: {message}',
    lo: '{program} ຖືກຕັດສິນແພ້: {message}',
  },
  replaysWritten: {
    en: {
      by: 'count',
      one: 'Replay: {count} file in {dir} (check it: mekong replay verify <file>).',
      other: 'Replays: {count} files in {dir} (check one: mekong replay verify <file>).',
    },
    vi: 'Bản phát lại: {count} tệp trong {dir} (kiểm tra: mekong replay verify <tệp>).',
    lo: 'ໄຟລ໌ເບິ່ງຄືນ: {count} ໄຟລ໌ໃນ {dir} (ກວດ: mekong replay verify <ໄຟລ໌>).',
  },
  verified: {
    en: {
      by: 'rounds',
      one: '{file}: verified. {rounds} round played again gave the same trace hash and result.',
      other:
        '{file}: verified. {rounds} rounds played again gave the same trace hashes and results.',
    },
    vi: '{file}: đã xác minh. Chạy lại {rounds} hiệp cho cùng mã vết và cùng kết quả.',
    lo: '{file}: ກວດສອບແລ້ວ. ແລ່ນຄືນ {rounds} ຍົກ ໄດ້ລະຫັດຮອຍ ແລະ ຜົນຄືເກົ່າ.',
  },
  notVerified: {
    en: '{file}: does not verify. {field} is {recorded} in the file, but {replayed} when played again.',
    vi: '{file}: không xác minh được. {field} trong tệp là {recorded}, nhưng khi chạy lại là {replayed}.',
    lo: '{file}: ກວດສອບບໍ່ຜ່ານ. {field} ໃນໄຟລ໌ແມ່ນ {recorded}, ແຕ່ເມື່ອແລ່ນຄືນແມ່ນ {replayed}.',
  },
  traceDiffers: {
    en: 'Something that decides the match was changed: a program, the world, a kit, a seed, the realism or the rules.',
    vi: 'Một điều quyết định trận đấu đã bị thay đổi: chương trình, sân, bộ kit, seed, mức mô phỏng hoặc luật.',
    lo: 'ມີບາງຢ່າງທີ່ຕັດສິນການແຂ່ງຖືກປ່ຽນ: ໂປຣແກຣມ, ສະໜາມ, ຊຸດ, seed, ລະດັບຄວາມສົມຈິງ ຫຼື ກົດ.',
  },
  // The replay viewer
  openReplays: { en: 'Open replays', vi: 'Mở bản phát lại', lo: 'ເປີດໄຟລ໌ເບິ່ງຄືນ' },
  play: { en: 'Play', vi: 'Phát', lo: 'ຫຼິ້ນ' },
  pause: { en: 'Pause', vi: 'Tạm dừng', lo: 'ຢຸດຊົ່ວຄາວ' },
  speed: { en: 'Speed', vi: 'Tốc độ', lo: 'ຄວາມໄວ' },
  follow: { en: 'Follow', vi: 'Theo dõi', lo: 'ຕິດຕາມ' },
  nobody: { en: 'nobody (whole arena)', vi: 'không ai (cả sân)', lo: 'ບໍ່ມີ (ທັງສະໜາມ)' },
  match: { en: 'Match', vi: 'Trận', lo: 'ນັດ' },
  round: {
    en: 'Round {round} (seed {seed})',
    vi: 'Hiệp {round} (seed {seed})',
    lo: 'ຍົກ {round} (seed {seed})',
  },
  standings: { en: 'Standings', vi: 'Bảng xếp hạng', lo: 'ຕາຕະລາງອັນດັບ' },
  projector: { en: 'Projector view', vi: 'Chế độ máy chiếu', lo: 'ມຸມມອງໂປຣເຈັກເຕີ' },
  close: { en: 'Close', vi: 'Đóng', lo: 'ປິດ' },
  verifyHere: {
    en: 'Verify in this browser',
    vi: 'Xác minh trên trình duyệt này',
    lo: 'ກວດສອບໃນບຣາວເຊີນີ້',
  },
  verifying: { en: 'Playing it again…', vi: 'Đang chạy lại…', lo: 'ກຳລັງແລ່ນຄືນ…' },
  roundWinner: {
    en: '{winner} wins ({how})',
    vi: '{winner} thắng ({how})',
    lo: '{winner} ຊະນະ ({how})',
  },
  roundDraw: { en: 'draw', vi: 'hoà', lo: 'ສະເໝີ' },
  howOut: { en: 'pushed out', vi: 'đẩy ra ngoài', lo: 'ຍູ້ອອກ' },
  howTime: {
    en: 'further in at the end',
    vi: 'ở gần tâm hơn khi hết giờ',
    lo: 'ຢູ່ໃກ້ໃຈກາງກວ່າເມື່ອໝົດເວລາ',
  },
  howForfeit: {
    en: 'the other program failed',
    vi: 'chương trình kia bị lỗi',
    lo: 'ໂປຣແກຣມອີກຝ່າຍຜິດພາດ',
  },
  notAReplay: {
    en: '{file} is not a replay file: {problem}',
    vi: '{file} không phải là tệp phát lại: {problem}',
    lo: '{file} ບໍ່ແມ່ນໄຟລ໌ເບິ່ງຄືນ: {problem}',
  },
} as const satisfies Record<string, Entry>;

/** The competitions' catalog (the registry's generic test checks every language). */
export const COMPETE_TEXT = defineCatalog('compete words', TEXT);

export type CompeteTextKey = keyof typeof TEXT;

/** The words for `key` in `lang`, with exactly its `{params}` filled in. */
export const competeText = COMPETE_TEXT.say;
