def site = new File(basedir, 'target/site')
def page = new File(site, '2019/04/thong-bao-lich-tiep-cong-dan-thang-4/index.html').getText('UTF-8')
assert page.contains('<article class="it-override">')
assert page.contains('Mẫu trang riêng của xã')
assert !page.contains('class="notice-title"')
// the home page and the stylesheet still come from the default theme
assert new File(site, 'index.html').getText('UTF-8').contains('Thông báo lịch tiếp công dân tháng 4')
assert new File(site, 'css/site.css').isFile()
// strict: the new site replaced the old one whole
assert !new File(site, 'tin-cu.html').exists()
// beside the site only the lock file that keeps two builds of it apart
assert new File(basedir, 'target').list().sort() == ['.site.bangtin-lock', 'site']
return true
