// ບົດທີ 7: ແຂ່ງແລ່ນຕາມເສັ້ນ
// ແລ່ນໜຶ່ງຮອບສະໜາມແຂ່ງ ໃຫ້ໄວທີ່ສຸດເທົ່າທີ່ເຮັດໄດ້ (ແລະ ພາຍໃນ 60 ວິນາທີ).
// ນີ້ແມ່ນການແລ່ນຕາມເສັ້ນແບບ ເປີດ/ປິດ ຄືໃນບົດທີ 6, ແຕ່ຊ້າ. ເຮັດໃຫ້ມັນໄວຂຶ້ນ
// ໂດຍບໍ່ໃຫ້ເສຍເສັ້ນ.

for (;;) {
  const seen = await robot.line();
  if (seen.left && !seen.right) robot.drive(0, 40);
  else if (seen.right && !seen.left) robot.drive(40, 0);
  else robot.drive(40, 40);
}
