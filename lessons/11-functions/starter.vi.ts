// Bài 11: Lệnh của riêng em: hàm
// Vẽ một hình vuông nhỏ (cạnh 20 cm), rồi một hình vuông lớn (cạnh 40 cm), cả hai đều bắt đầu từ nhà.

// Một hàm: một lệnh mới được ghép từ các lệnh khác. Tên của nó là `square`.
async function square() {
  for (let side = 1; side <= 4; side++) {
    await robot.forward(20);
    await robot.turn(90);
  }
}

await square(); // gọi hàm: robot đi một hình vuông
console.log('Xong một hình vuông.');

// Đến lượt em: thêm cho `square` một tham số `size`, để `square(40)` vẽ hình vuông lớn.
