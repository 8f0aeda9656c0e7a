// The warning is logged as an error and fails the build; the earlier site is untouched, and the
// candidate folder that strict builds use is gone.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /(?m)^\[ERROR\] \S*notices\/lich-tiep-2\.md:\d+: warning: /
assert log.contains('0 error(s) and 1 warning(s) (strict)')
def site = new File(basedir, 'target/site')
assert new File(site, 'index.html').getText('UTF-8') == '<!DOCTYPE html><title>Trang cũ</title>\n'
assert site.list().sort() == ['.bangtin-output', 'index.html']
assert new File(basedir, 'target').list().sort() == ['site']
return true
