// ບົດທີ 4: ຢຸດກ່ອນຮອດຝາ
// ຂັບໄປຫາຝາ ແລະ ຢຸດກ່ອນຮອດມັນ 10 ຫາ 20 cm, ໂດຍບໍ່ແຕະມັນ.

const d = await robot.distance();
console.log(`ຝາຢູ່ຫ່າງ ${d.toFixed(0)} cm.`);

await robot.forward(200); // ໄກເກີນໄປ: ຫຸ່ນຍົນຈະຕຳຝາ!
