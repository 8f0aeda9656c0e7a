def home = new File(basedir, 'target/site/index.html').getText('UTF-8')
assert home =~ /href="\/tin-tuc\/css\/site\.css\?v=[0-9a-f]{10}"/
assert home.contains('href="/tin-tuc/2019/04/thong-bao-lich-tiep-cong-dan-thang-4/"')
assert home.contains('href="/tin-tuc/chuyen-muc/thong-bao/"')
// no link to the site's root escapes the sub-path
assert !(home =~ /href="\/(?!tin-tuc\/)/)
assert !home.contains('phumy.example.gov.vn')
return true
