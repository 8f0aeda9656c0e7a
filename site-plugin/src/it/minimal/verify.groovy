// mvn site built the one notice into target/site, with its date; Maven's reports are not there.
def site = new File(basedir, 'target/site')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('bangtin: 1 notices')
assert new File(site, '.bangtin-output').isFile()
assert new File(site, 'index.html').isFile()

def page = new File(site, '2019/03/ke-hoach-thuc-hien-cong-tac-binh-dang-gioi-nam-2019/index.html')
assert page.isFile() : "no notice page; the site has: ${site.list()}"
def html = page.getText('UTF-8')
assert html.contains('Kế hoạch thực hiện công tác bình đẳng giới năm 2019')
assert html.contains('datetime="2019-03-29')
assert html.contains('29/03/2019')
assert !new File(site, 'project-info.html').exists()
return true
