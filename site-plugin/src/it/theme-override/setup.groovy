// The site of an earlier build, which the new one replaces whole.
def site = new File(basedir, 'target/site')
site.mkdirs()
new File(site, '.bangtin-output').text = 'This folder is written by bangtin; the next build replaces it whole.\n'
new File(site, 'tin-cu.html').text = 'old'
return true
