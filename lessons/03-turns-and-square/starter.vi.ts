// Bài 3: Rẽ và hình vuông
// Cho robot đi một hình vuông cạnh 30 cm quanh lá cờ, rồi dừng lại ở nhà.

await robot.forward(30); // cạnh thứ nhất
await robot.turn(90); // quay trái 90 độ

// Đến lượt em: thêm ba cạnh nữa. Hay hơn nữa: dùng một vòng lặp.
