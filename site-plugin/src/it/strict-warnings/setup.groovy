// An earlier site, as a previous `mvn site` left it: the failed build must not touch it.
def site = new File(basedir, 'target/site')
site.mkdirs()
new File(site, '.bangtin-output').text = 'This folder is written by bangtin; the next build replaces it whole.\n'
new File(site, 'index.html').setText('<!DOCTYPE html><title>Trang cũ</title>\n', 'UTF-8')
return true
