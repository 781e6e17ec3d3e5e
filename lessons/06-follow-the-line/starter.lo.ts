// ບົດທີ 6: ແລ່ນຕາມເສັ້ນ
// ແລ່ນຕາມເສັ້ນສີດຳໃຫ້ຄົບຮອບສະໜາມ.
// ໂປຣແກຣມນີ້ແລ່ນຊື່ ແລະ ພິມສິ່ງທີ່ເຊັນເຊີເສັ້ນເຫັນ. ມັນອອກຈາກເສັ້ນ
// ຢູ່ທາງໂຄ້ງທຳອິດ. ສອນມັນໃຫ້ລ້ຽວ!

robot.drive(60, 60);
for (let i = 0; i < 40; i++) {
  const seen = await robot.line();
  console.log(`ຊ້າຍ ${seen.left}, ຂວາ ${seen.right}`);
  await robot.wait(100);
}
robot.stop();
