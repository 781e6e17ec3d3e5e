// Bài 5: Tránh vật cản
// Đi tới vùng đích màu xanh mà không chạm vào thứ gì.
// Chương trình này dừng trước hộp đầu tiên (giống bài 4). Hãy dạy nó đi vòng qua.

robot.drive(70, 70);
while ((await robot.distance()) > 40) {
  // cứ chạy tiếp
}
robot.stop();

// Đến lượt em: nhìn trái và phải, chọn phía có nhiều chỗ trống hơn, rồi đi tiếp. Rồi lặp lại.
