def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('bangtin: deployed')
def site = new File(basedir, 'target/site')
def www = new File(basedir, 'target/www/tin')
assert new File(www, '.bangtin-output').isFile()
assert !new File(www, 'tin-cu.html').exists()
def page = '2019/04/thong-bao-lich-tiep-cong-dan-thang-4/index.html'
assert new File(www, page).bytes == new File(site, page).bytes
assert new File(www, 'index.html').bytes == new File(site, 'index.html').bytes
// only the new site is left, and the lock file deploys and builds share: no staging or old folder
assert new File(basedir, 'target/www').list().sort() == ['.tin.bangtin-lock', 'tin']
return true
