// The site deployed last time, which the new one replaces whole.
def www = new File(basedir, 'target/www/tin')
www.mkdirs()
new File(www, '.bangtin-output').text = 'This folder is written by bangtin; the next build replaces it whole.\n'
new File(www, 'tin-cu.html').text = 'old'
return true
