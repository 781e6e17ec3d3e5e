// ບົດທີ 12: ຫຸ່ນຍົນນັກແຕ້ມ: ແຕ້ມ ແລະ ສະເຫຼີມສະຫຼອງ
// ແຕ້ມຮູບປິດຂອງເຈົ້າເອງເທິງເຈ້ຍ, ແລ້ວສະແດງແສງ ແລະ ສຽງ.

/** ຮູບໃດກໍໄດ້ທີ່ມີດ້ານເທົ່າກັນ: `sides` ດ້ານ, ແຕ່ລະດ້ານຍາວ `size` cm, ລ້ຽວຊ້າຍ. */
async function polygon(sides: number, size: number) {
  for (let i = 0; i < sides; i++) {
    await robot.forward(size);
    await robot.turn(360 / sides);
  }
}

await polygon(3, 30); // ຮູບສາມຫຼ່ຽມ: ງາມ, ແຕ່ນ້ອຍເກີນໄປ

robot.led(true);
await robot.beep(440, 300); // ໂນດດຽວຍັງບໍ່ເປັນການສະແດງ
robot.led(false);
