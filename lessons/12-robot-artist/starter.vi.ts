// Bài 12: Robot họa sĩ: vẽ và ăn mừng
// Vẽ một hình khép kín của riêng em lên tờ giấy, rồi biểu diễn một màn ánh sáng và âm thanh.

/** Hình bất kỳ có các cạnh bằng nhau: `sides` cạnh, mỗi cạnh `size` cm, rẽ trái. */
async function polygon(sides: number, size: number) {
  for (let i = 0; i < sides; i++) {
    await robot.forward(size);
    await robot.turn(360 / sides);
  }
}

await polygon(3, 30); // một hình tam giác: đẹp, nhưng nhỏ quá

robot.led(true);
await robot.beep(440, 300); // một nốt thì chưa thành màn trình diễn
robot.led(false);
