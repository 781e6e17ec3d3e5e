// Bài 13: Trinh sát cảm biến: đọc, in ra, so sánh
// In ra những gì cảm biến đọc được trên đường đi, và đỗ lại trên ô đen.

const d = await robot.distance(); // cảm biến siêu âm: cách cái hộp bao nhiêu cm
console.log(`Hộp: ${d.toFixed(0)} cm`);

const floor = await robot.lineRaw(); // cảm biến dò line: từ 0 (đen) đến 1 (trắng)
console.log(floor);

await robot.forward(35); // bây giờ robot đứng trên ô thứ nhất

// Đến lượt em: ở đây hãy đọc và in ra cả hai cảm biến một lần nữa. Cái hộp gần hơn chưa? Mặt sàn tối hơn không?
