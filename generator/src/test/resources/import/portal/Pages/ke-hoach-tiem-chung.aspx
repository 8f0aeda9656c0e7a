<!-- saved from url=(0069)https://phuxuan.example.gov.vn/Pages/ke-hoach-tiem-chung-mo-rong.aspx -->
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Kế hoạch tiêm chủng mở rộng năm 2020 | UBND huyện Phú Xuân</title>
<meta property="og:title" content="Kế hoạch tiêm chủng mở rộng năm 2020">
</head>
<body>
<header class="site-header"><h1 class="logo">UBND HUYỆN PHÚ XUÂN</h1><nav><a href="/">Trang chủ</a> | <a href="/Pages/tin-tuc.aspx">Tin tức</a></nav></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/Pages/y-te.aspx">Y tế</a></div>
<article class="post">
  <h1 class="article-title">Kế hoạch tiêm chủng mở rộng năm 2020</h1>
  <div class="article-meta">Ngày đăng: 14/02/2020 08:30 | Lượt xem: 1.204</div>
  <div class="article-content">
    <p>Ngày 12/02/2020, UBND huyện ban hành Kế hoạch số 1350/KH-UBND về tiêm chủng mở rộng năm 2020 trên địa bàn huyện.</p>
    <h3>1. Đối tượng</h3>
    <ul>
      <li>Trẻ em dưới 1 tuổi: tiêm đủ <em>8 loại vắc xin</em>;</li>
      <li>Phụ nữ có thai: tiêm vắc xin uốn ván
        <ul><li>mũi 1 khi có thai lần đầu;</li><li>mũi 2 sau mũi 1 ít nhất 1 tháng.</li></ul>
      </li>
    </ul>
    <h3>2. Lịch tiêm tại các xã</h3>
    <table border="1">
      <tr><th>Xã</th><th>Ngày tiêm</th><th>Địa điểm</th></tr>
      <tr><td>Phú Lộc</td><td>25/02/2020</td><td>Trạm Y tế xã</td></tr>
      <tr><td>Phú Mỹ</td><td>26/02/2020</td><td>Nhà văn hóa thôn 2 | thôn 3</td></tr>
    </table>
    <p><img src="so%20do%20tiem%20chung.png" alt="Sơ đồ điểm tiêm"></p>
    <p>Chi tiết xem tại <a href="/uploads/KH_1350_UBND.pdf">Kế hoạch số 1350/KH-UBND</a> và hướng dẫn của <a href="https://moh.gov.vn/tiem-chung">Bộ Y tế</a>, <a href="tin-tuc-khac.aspx">các tin khác về y tế</a>.</p>
    <p>Tác giả: Lê Hoa</p>
  </div>
  <div class="dinh-kem">File đính kèm: <a href="https://phuxuan.example.gov.vn/uploads/phu-luc-1350.docx">Phụ lục danh sách điểm tiêm</a></div>
</article>
<aside><h3>Tin mới</h3><ul><li><a href="/Pages/a.aspx">A</a></li></ul></aside>
<footer class="site-footer">© UBND huyện Phú Xuân</footer>
</body>
</html>
